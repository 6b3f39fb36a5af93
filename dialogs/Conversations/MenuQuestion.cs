namespace TrierBot.Dialogs.Conversations;

/// <summary>The questions the main menu can open with.</summary>
public static class MenuQuestion
{
    public const string AskTopic = nameof(AskTopic);
    public const string AnythingElse = nameof(AnythingElse);
    public const string NotUnderstood = nameof(NotUnderstood);
}
