namespace TrierBot.Dialogs.Framework;

/// <summary>What a waterfall step sees: the previous step's result, the dialog's options and values kept across steps.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _parent;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog parent, DialogContext dc, object? options, IDictionary<string, object?> values,
        int index, DialogReason reason, object? result)
    {
        _parent = parent;
        DialogContext = dc;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public DialogContext DialogContext { get; }

    public Microsoft.Bot.Builder.ITurnContext Context => DialogContext.Context;

    /// <summary>Zero-based index of the running step.</summary>
    public int Index { get; }

    /// <summary>The options the dialog was begun with.</summary>
    public object? Options { get; }

    /// <summary>Values persisted across this dialog's steps.</summary>
    public IDictionary<string, object?> Values { get; }

    public DialogReason Reason { get; }

    /// <summary>The previous step's or child dialog's result.</summary>
    public object? Result { get; }

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
        => DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
        => DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
        => DialogContext.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
        => DialogContext.ReplaceDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Skips to the next step at once, handing it <paramref name="result"/> (a slot that is already filled).</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was called twice in step {Index} of '{_parent.Id}'.");
        }

        _nextCalled = true;
        return _parent.ResumeDialogAsync(DialogContext, DialogReason.NextCalled, result, cancellationToken);
    }
}
