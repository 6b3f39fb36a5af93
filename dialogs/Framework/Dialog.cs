using Microsoft.Bot.Builder;

namespace TrierBot.Dialogs.Framework;

/// <summary>
/// Base of every dialog. Dialogs are shared by all conversations: per-conversation data lives only in
/// the <see cref="DialogInstance"/> state on the stack, never in fields.
/// </summary>
public abstract class Dialog(string id)
{
    /// <summary>Returned by a dialog that waits for the user's next message.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    public string Id { get; } = id;

    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>A new user message arrived while this dialog is on top. By default a dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
        => dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child dialog ended and this one is on top again. By default the result passes through.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
        => dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the current question again (after help, an interruption or a resumed conversation).</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    /// <summary>Called when the instance leaves the stack, for clean-up.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        => Task.CompletedTask;
}
