namespace TrierBot.Dialogs.Framework;

/// <summary>Why a dialog is resumed or ended (same values as Microsoft.Bot.Builder.Dialogs).</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,
}
