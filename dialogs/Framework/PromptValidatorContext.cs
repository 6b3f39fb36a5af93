using Microsoft.Bot.Builder;

namespace TrierBot.Dialogs.Framework;

/// <summary>What a validator sees: the recognized value, the prompt's options, and how often the user has answered.</summary>
public sealed class PromptValidatorContext<T>(ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount)
{
    public ITurnContext Context { get; } = context;

    public PromptRecognizerResult<T> Recognized { get; } = recognized;

    public PromptOptions Options { get; } = options;

    /// <summary>1 on the first answer, 2 on the second …</summary>
    public int AttemptCount { get; } = attemptCount;
}
