using Microsoft.Bot.Builder;

namespace TrierBot.Dialogs.Framework;

/// <summary>Any non-empty text answer.</summary>
public sealed class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim();
        return Task.FromResult(new PromptRecognizerResult<string> { Succeeded = !string.IsNullOrEmpty(text), Value = text });
    }
}
