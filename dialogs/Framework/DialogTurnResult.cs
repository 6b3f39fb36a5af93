namespace TrierBot.Dialogs.Framework;

/// <summary>The outcome of a dialog turn: its status and, when complete, its result.</summary>
public sealed class DialogTurnResult(DialogTurnStatus status, object? result = null)
{
    public DialogTurnStatus Status { get; } = status;

    public object? Result { get; } = result;
}
