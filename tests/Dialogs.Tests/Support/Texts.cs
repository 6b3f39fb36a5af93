namespace TrierBot.Dialogs.Tests.Support;

/// <summary>Distinctive words of the bot's questions, so transcripts read like the conversation.</summary>
public static class Asks
{
    public const string Age = "Wie alt bist du";
    public const string AgeOfOther = "Wie alt ist die Person";
    public const string Interests = "Was interessiert dich";
    public const string MintInterest = "Was findest du spannend";
    public const string Subject = "Was möchten Sie lernen";
    public const string Counselling = "Worum geht es";
    public const string Topic = "Wobei kann ich helfen";
    public const string AgeOfOffer = "Für welches Alter";
    public const string Found = "Diese Angebote passen am besten";
    public const string NothingFits = "kein passendes Angebot";
    public const string AnythingElse = "Kann ich sonst noch etwas";
}
