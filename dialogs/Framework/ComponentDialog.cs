using Microsoft.Bot.Builder;

namespace TrierBot.Dialogs.Framework;

/// <summary>
/// A dialog made of dialogs: it runs its own inner stack (kept in its instance state) and completes
/// when that stack is empty. Override the <c>On…</c> methods to act around the inner dialogs.
/// </summary>
public abstract class ComponentDialog(string id) : Dialog(id)
{
    private const string PersistedDialogState = "dialogs";

    private readonly DialogSet _dialogs = new();

    /// <summary>The inner dialog started when this component begins; defaults to the first one added.</summary>
    public string? InitialDialogId { get; protected set; }

    public DialogSet Dialogs => _dialogs;

    public ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext outerDc, object? options = null, CancellationToken cancellationToken = default)
    {
        var innerDc = CreateInnerDc(outerDc, outerDc.ActiveDialog!);
        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken);
        return await CompleteTurnAsync(outerDc, turnResult, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext outerDc, CancellationToken cancellationToken = default)
    {
        var innerDc = CreateInnerDc(outerDc, outerDc.ActiveDialog!);
        var turnResult = await OnContinueDialogAsync(innerDc, cancellationToken);
        return await CompleteTurnAsync(outerDc, turnResult, cancellationToken);
    }

    /// <summary>A dialog this component started in the outer stack ended: continue the inner one.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext outerDc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        await RepromptDialogAsync(outerDc.Context, outerDc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var innerDc = CreateInnerDc(turnContext, instance, parent: null);
        await OnRepromptDialogAsync(turnContext, innerDc, cancellationToken);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            var innerDc = CreateInnerDc(turnContext, instance, parent: null);
            await innerDc.CancelAllDialogsAsync(cancellationToken);
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
        => innerDc.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"{Id} has no dialogs."), options, cancellationToken);

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
        => innerDc.ContinueDialogAsync(cancellationToken);

    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogContext innerDc, CancellationToken cancellationToken)
        => innerDc.RepromptDialogAsync(cancellationToken);

    protected virtual Task OnEndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
        => Task.CompletedTask;

    /// <summary>Completes this component with <paramref name="result"/>, resuming the outer dialog.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
        => outerDc.EndDialogAsync(result, cancellationToken);

    private async Task<DialogTurnResult> CompleteTurnAsync(DialogContext outerDc, DialogTurnResult turnResult, CancellationToken cancellationToken)
    {
        // As in the Bot Framework: anything but "waiting" (complete or cancelled inside) ends the component.
        return turnResult.Status == DialogTurnStatus.Waiting
            ? EndOfTurn
            : await EndComponentAsync(outerDc, turnResult.Result, cancellationToken);
    }

    private DialogContext CreateInnerDc(DialogContext outerDc, DialogInstance instance)
        => CreateInnerDc(outerDc.Context, instance, outerDc);

    private DialogContext CreateInnerDc(ITurnContext turnContext, DialogInstance instance, DialogContext? parent)
    {
        var state = StateValue.GetOrAdd(instance.State, PersistedDialogState, () => new DialogState());
        return new DialogContext(_dialogs, turnContext, state, parent);
    }
}
