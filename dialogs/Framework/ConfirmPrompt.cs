using Microsoft.Bot.Builder;

namespace TrierBot.Dialogs.Framework;

/// <summary>Yes or no, in German or English, tolerant of slang and typos ("jo", "nö", "yep", "jaa").</summary>
public sealed class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null) : Prompt<bool>(dialogId, validator)
{
    public static readonly IReadOnlyList<string> YesWords =
        ["ja", "jo", "jap", "jep", "jup", "jaa", "klar", "gerne", "gern", "ok", "okay", "genau", "sicher", "natuerlich", "auf jeden fall", "bitte", "yes", "yeah", "yep", "yup", "sure", "of course", "j", "y"];

    public static readonly IReadOnlyList<string> NoWords =
        ["nein", "noe", "ne", "nee", "naa", "nicht", "kein", "keine", "lieber nicht", "auf keinen fall", "no", "nope", "nah", "not", "n"];

    /// <summary>The two choices, titled in the conversation's language.</summary>
    public static List<Choice> Choices(bool english)
        => [new Choice("yes", english ? "Yes" : "Ja", [.. YesWords]), new Choice("no", english ? "No" : "Nein", [.. NoWords])];

    /// <summary>True for yes, false for no, null when the text says neither. A negation wins over a yes ("ja, lieber nicht").</summary>
    public static bool? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = ChoiceMatcher.Normalize(text);
        if (NoWords.Any(w => w.Length > 1 && ChoiceMatcher.ContainsPhrase(normalized, w)))
        {
            return false;
        }

        return ChoiceMatcher.FindBest(text, Choices(english: false))?.Value switch
        {
            "yes" => true,
            "no" => false,
            _ => null,
        };
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var answer = Recognize(turnContext.Activity.Text);
        return Task.FromResult(new PromptRecognizerResult<bool> { Succeeded = answer.HasValue, Value = answer ?? false });
    }
}
