namespace TrierBot.Dialogs.Framework;

/// <summary>A fixed sequence of steps; each step prompts, begins a child dialog, or skips ahead with <c>NextAsync</c>.</summary>
public class WaterfallDialog : Dialog
{
    private const string PersistedOptions = "options";
    private const string PersistedValues = "values";
    private const string StepIndex = "stepIndex";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId)
    {
        _steps = steps?.ToList() ?? [];
    }

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var state = dc.ActiveDialog!.State;
        state[PersistedOptions] = options;
        state[PersistedValues] = new Dictionary<string, object?>();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A message arrived while no child dialog was waiting: it becomes the step's result.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
        => ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken);

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        var state = dc.ActiveDialog!.State;
        var index = StateValue.As<int>(state.GetValueOrDefault(StepIndex));
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            // Past the last step: the waterfall completes with the last step's result.
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var state = dc.ActiveDialog!.State;
        state[StepIndex] = index;
        var values = StateValue.GetOrAdd(state, PersistedValues, () => new Dictionary<string, object?>());
        var stepContext = new WaterfallStepContext(this, dc, state.GetValueOrDefault(PersistedOptions), values, index, reason, result);
        return await _steps[index](stepContext, cancellationToken);
    }
}
