using System.Globalization;
using Microsoft.Bot.Builder;

namespace TrierBot.Dialogs.Framework;

/// <summary>A number, written in digits or words ("sechzehn", "sixteen"), in the conversation's language.</summary>
public sealed class NumberPrompt<T>(string dialogId, PromptValidator<T>? validator = null) : Prompt<T>(dialogId, validator)
    where T : struct
{
    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var result = new PromptRecognizerResult<T>();
        var text = turnContext.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Task.FromResult(result);
        }

        var first = TextRecognizers.Numbers(DialogLocale.Get(turnContext)).Parse(text).FirstOrDefault();
        if (first?.Resolution is { } resolution
            && resolution.TryGetValue("value", out var raw)
            && double.TryParse(Convert.ToString(raw, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            var target = typeof(T);
            if (target == typeof(int) || target == typeof(long))
            {
                number = Math.Round(number);
            }

            result.Value = (T)Convert.ChangeType(number, target, CultureInfo.InvariantCulture);
            result.Succeeded = true;
        }

        return Task.FromResult(result);
    }
}
