namespace TrierBot.Dialogs.Texts;

/// <summary>How the bot addresses the person: "du" (young people), "Sie" (adults, the literacy path) or English.</summary>
public enum Register
{
    Du,
    Sie,
    English,
}
