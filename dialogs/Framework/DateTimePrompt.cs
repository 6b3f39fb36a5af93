using Microsoft.Bot.Builder;

namespace TrierBot.Dialogs.Framework;

/// <summary>A date, time or range ("nächsten Samstag", "vom 1. bis 15. März", "next week"), resolved against the current time.</summary>
public sealed class DateTimePrompt(string dialogId, PromptValidator<IReadOnlyList<DateTimeResolution>>? validator = null, TimeProvider? timeProvider = null)
    : Prompt<IReadOnlyList<DateTimeResolution>>(dialogId, validator)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>Every resolution of the first date expression in <paramref name="text"/>.</summary>
    public static IReadOnlyList<DateTimeResolution> Recognize(string? text, string locale, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var first = TextRecognizers.Dates(locale).Parse(text, now).FirstOrDefault();
        if (first?.Resolution is null || !first.Resolution.TryGetValue("values", out var raw) || raw is not IEnumerable<Dictionary<string, string>> values)
        {
            return [];
        }

        return [.. values.Select(v => new DateTimeResolution
        {
            Timex = v.GetValueOrDefault("timex") ?? "",
            Value = v.GetValueOrDefault("value"),
            Start = v.GetValueOrDefault("start"),
            End = v.GetValueOrDefault("end"),
        })];
    }

    protected override Task<PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var resolutions = Recognize(turnContext.Activity.Text, DialogLocale.Get(turnContext), _time.GetLocalNow().DateTime);
        return Task.FromResult(new PromptRecognizerResult<IReadOnlyList<DateTimeResolution>> { Succeeded = resolutions.Count > 0, Value = resolutions });
    }
}
