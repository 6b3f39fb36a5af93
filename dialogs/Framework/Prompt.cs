using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TrierBot.Dialogs.Framework;

/// <summary>
/// Asks one question and waits until the answer is recognized and valid; otherwise asks again with the
/// retry prompt. The attempt count is kept in the dialog state and handed to the validator.
/// </summary>
public abstract class Prompt<T>(string dialogId, PromptValidator<T>? validator = null) : Dialog(dialogId)
{
    private const string PersistedOptions = "options";
    private const string PersistedState = "state";
    private const string AttemptCountKey = "attemptCount";

    private readonly PromptValidator<T>? _validator = validator;

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var promptOptions = StateValue.As<PromptOptions>(options)
            ?? throw new ArgumentException($"{Id} needs PromptOptions.", nameof(options));
        var instance = dc.ActiveDialog!;
        instance.State[PersistedOptions] = promptOptions;
        instance.State[PersistedState] = new Dictionary<string, object?> { [AttemptCountKey] = 0 };
        await OnPromptAsync(dc.Context, promptOptions, isRetry: false, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        // Only a message can answer a question; typing indicators and the like leave it waiting.
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog!;
        var options = OptionsOf(instance);
        var state = StateValue.GetOrAdd(instance.State, PersistedState, () => new Dictionary<string, object?>());
        var attemptCount = StateValue.As<int>(state.GetValueOrDefault(AttemptCountKey)) + 1;
        state[AttemptCountKey] = attemptCount;

        var recognized = await OnRecognizeAsync(dc.Context, options, cancellationToken);
        var isValid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, options, attemptCount), cancellationToken);
        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        PromptRetries.MarkRetried(dc.Context);
        await OnPromptAsync(dc.Context, options, isRetry: true, cancellationToken);
        return EndOfTurn;
    }

    /// <summary>A dialog this prompt started ended (rare): ask the question again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        => OnPromptAsync(turnContext, OptionsOf(instance), isRetry: false, cancellationToken);

    protected virtual async Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var prompt = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (prompt is null)
        {
            return;
        }

        await turnContext.SendActivityAsync(ChoiceRenderer.Render(turnContext.Activity.ChannelId, prompt, options.Choices ?? []), cancellationToken);
    }

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken);

    private static PromptOptions OptionsOf(DialogInstance instance)
        => StateValue.As<PromptOptions>(instance.State.GetValueOrDefault(PersistedOptions)) ?? new PromptOptions();
}
