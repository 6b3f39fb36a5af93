using Microsoft.Bot.Builder;

namespace TrierBot.Dialogs.Framework;

/// <summary>One of <see cref="PromptOptions.Choices"/>, picked by button, list number, title, synonym or a near miss.</summary>
public sealed class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var found = ChoiceMatcher.FindBest(turnContext.Activity.Text, options.Choices ?? []);
        return Task.FromResult(new PromptRecognizerResult<FoundChoice> { Succeeded = found is not null, Value = found });
    }
}
