using Microsoft.Bot.Builder;
using TrierBot.Dialogs.Framework;

namespace TrierBot.Dialogs.Prompts;

/// <summary>Asks for an age; accepts a school class too (see <see cref="AgeRecognizer"/>).</summary>
public sealed class AgePrompt(string dialogId, PromptValidator<int>? validator = null) : Prompt<int>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<int>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var age = AgeRecognizer.Recognize(turnContext.Activity.Text, DialogLocale.Get(turnContext));
        return Task.FromResult(new PromptRecognizerResult<int> { Succeeded = age.HasValue, Value = age ?? 0 });
    }
}
