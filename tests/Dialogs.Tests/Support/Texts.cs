namespace TrierBot.Dialogs.Tests.Support;

/// <summary>Distinctive words of the bot's questions, so transcripts read like the conversation.</summary>
public static class Asks
{
    public const string Age = "Wie alt bist du";
    public const string School = "Auf welche Schule";
    public const string Interests = "Was interessiert dich";
    public const string Path = "Ausbildung, ein Studium oder erst mal ein Praktikum";
    public const string District = "In welchem Stadtteil";
    public const string Topic = "Wobei kann ich dir helfen";
    public const string AnythingElse = "Kann ich sonst noch etwas";
}
