namespace TrierBot.Dialogs.Framework;

/// <summary>How a dialog turn ended (same values as Microsoft.Bot.Builder.Dialogs).</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,
    /// <summary>The active dialog waits for the user's next message.</summary>
    Waiting,
    /// <summary>The dialog completed, possibly with a result.</summary>
    Complete,
    /// <summary>The dialog was cancelled.</summary>
    Cancelled,
}
