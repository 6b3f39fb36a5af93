using Microsoft.Bot.Builder;

namespace TrierBot.Dialogs.Framework;

/// <summary>One turn's view of a dialog stack: begins, continues, ends and replaces dialogs on it.</summary>
public sealed class DialogContext
{
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent = null)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        Dialogs = dialogs;
        Context = turnContext;
        Stack = state.DialogStack;
        Parent = parent;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    /// <summary>The stack, top first.</summary>
    public List<DialogInstance> Stack { get; }

    /// <summary>The context of the component dialog that owns this stack, if any.</summary>
    public DialogContext? Parent { get; }

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>A dialog of this set or, failing that, of an enclosing one.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"The dialog '{dialogId}' is not in the dialog set.");
        Stack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        return await GetActiveDialogOrThrow().ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken);
        if (ActiveDialog is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        return await GetActiveDialogOrThrow().ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
    }

    /// <summary>Swaps the active dialog for another one without resuming the dialog below (loops, restarts).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is null)
        {
            return;
        }

        await GetActiveDialogOrThrow().RepromptDialogAsync(Context, ActiveDialog, cancellationToken);
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return;
        }

        var dialog = FindDialog(instance.Id);
        if (dialog is not null)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken);
        }

        Stack.RemoveAt(0);
    }

    private Dialog GetActiveDialogOrThrow()
        => FindDialog(ActiveDialog!.Id)
           ?? throw new InvalidOperationException($"The active dialog '{ActiveDialog.Id}' is not in the dialog set (renamed since the state was saved?).");
}
