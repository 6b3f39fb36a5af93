using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace TrierBot.Understanding;

/// <summary>
/// Dates and ranges: Microsoft.Recognizers.Text DateTime (de-de or en-us, after the message's language)
/// for "nächsten samstag", "am wochenende", "im dezember", "nachmittags", plus the school holidays.
/// The Recognizers call costs far more than everything else, so it runs only when a word could start
/// a date expression, and then only on the stretch of the message around the date words: its regexes
/// scan the whole input, so a long message costs three times a short phrase.
/// </summary>
internal sealed partial class DateExtractor
{
    private readonly DateTimeModel _german;
    private readonly DateTimeModel _english;
    private readonly SchoolHolidayResolver _holidays;

    // "am liebsten nachmittags", "bis ende des monats", "zwischen 12. und 14. märz": modifiers come before the date word
    private const int WordsBefore = 3;
    // "samstag ab 10", "12. märz 2027": one word after keeps a trailing year or an article the month fix needs
    private const int WordsAfter = 1;

    private static readonly string[] Weekdays = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"];

    // the Recognizers input keeps its umlauts, so the words are listed as users type them, with and without
    private static readonly HashSet<string> Triggers = new(StringComparer.Ordinal)
    {
        "märz", "übermorgen", "früh", "frühling", "frühjahr", "demnächst", "jänner", "wochentags", "werktags", "mitternacht",
        "weeks", "months", "weekends", "mornings", "afternoons", "evenings", "nights", "mondays", "tuesdays", "wednesdays", "thursdays",
        "fridays", "saturdays", "sundays", "midnight",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "montags", "dienstags", "mittwochs",
        "donnerstags", "freitags", "samstags", "sonntags", "wochenende", "wochenenden", "woche", "wochen", "monat", "monats", "jahr", "jahres",
        "januar", "jaenner", "februar", "maerz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
        "jan", "feb", "mrz", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez", "heute", "morgen", "uebermorgen", "gestern",
        "morgens", "vormittag", "vormittags", "mittag", "mittags", "nachmittag", "nachmittags", "abend", "abends", "nacht", "nachts", "frueh",
        "uhr", "ostern", "weihnachten", "pfingsten", "silvester", "sommer", "winter", "herbst", "fruehling", "fruehjahr", "demnaechst",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "week", "month", "year", "today", "tomorrow",
        "tonight", "morning", "afternoon", "evening", "night", "january", "february", "march", "may", "june", "july", "october", "december",
        "easter", "christmas", "summer", "autumn", "spring", "oclock", "pm", "noon",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TriggerLookup = Triggers.GetAlternateLookup<ReadOnlySpan<char>>();

    // Recognizers reads "januar einen sprachkurs" as "1 January": the article after a month is no day
    [GeneratedRegex(@"\b(januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember)\s+(?=(ein|eine|einen|einem|einer)\b)")]
    private static partial Regex MonthBeforeArticle();

    [GeneratedRegex("ferien|holiday|herbst|sommer|winter|ostern|weihnacht|summer|autumn|easter|christmas")]
    private static partial Regex SchoolHolidayWords();

    public DateExtractor(IReadOnlyList<SchoolHoliday> holidays)
    {
        _german = new DateTimeRecognizer(Culture.German).GetDateTimeModel();
        _english = new DateTimeRecognizer(Culture.English).GetDateTimeModel();
        _holidays = new SchoolHolidayResolver(holidays);
        // the first call per culture compiles its regexes (~200 ms): pay that at start-up, not in a user's turn
        _german.Parse("nächsten samstag nachmittag", DateTime.Now);
        _english.Parse("next saturday afternoon", DateTime.Now);
    }

    /// <param name="ages">Numbers already read as ages or class levels ("ich bin 16", "10. klasse") start no date.</param>
    public List<DateSpan> Extract(string text, IReadOnlyList<string> tokens, string language, DateTime now, IReadOnlyList<int> ages)
    {
        var spans = _holidays.Resolve(tokens, now);
        var stretch = DateStretch(text.ToLowerInvariant(), ages);
        if (stretch is null) return spans;

        var model = language == "en" ? _english : _german;
        var input = MonthBeforeArticle().Replace(stretch, "$1 , ");
        foreach (var result in model.Parse(input, now))
        {
            if (result.TypeName.EndsWith("duration", StringComparison.Ordinal)) continue;
            // "sommer" inside "herbst ferien"-like phrases is already a holiday period
            if (spans.Count > 0 && (SchoolHolidayWords().IsMatch(result.Text) || IsYear(result.Text))) continue;
            var span = ToSpan(result, now);
            if (span is not null && !spans.Contains(span)) spans.Add(span);
        }
        return spans;
    }

    private static DateSpan? ToSpan(ModelResult result, DateTime now)
    {
        if (!result.Resolution.TryGetValue("values", out var raw) || raw is not List<Dictionary<string, string>> values || values.Count == 0) return null;
        // "im dezember", "samstag": Recognizers offers the past and the coming one; users mean the coming one
        var value = values.FirstOrDefault(v => StartOf(v) is { } start && start >= now.Date) ?? values[^1];
        var timex = value.GetValueOrDefault("timex") ?? "";
        var type = value.GetValueOrDefault("type") ?? "";
        return type switch
        {
            "date" => StartOf(value) is { } day ? new DateSpan(timex, day, day.AddDays(1)) : null,
            "datetime" => StartOf(value) is { } moment ? new DateSpan(timex, moment, moment) : null,
            "daterange" or "datetimerange" => new DateSpan(timex, StartOf(value), Parse(value.GetValueOrDefault("end"))),
            // "nachmittags", "16 uhr", "jeden montag": no calendar day to anchor; the timex says it ("TAF", "T16")
            "time" or "timerange" or "set" => new DateSpan(timex, null, null),
            _ => null,
        };
    }

    /// <summary>
    /// The part of the message Recognizers.Text must read: from <see cref="WordsBefore"/> words before the
    /// first date word to <see cref="WordsAfter"/> after the last; null when no word could start a date.
    /// </summary>
    internal static string? DateStretch(string lower, IReadOnlyList<int> ages)
    {
        int first = -1, last = -1, count = 0;
        for (var position = 0; NextWord(lower, ref position, out var start, out var end); count++)
        {
            if (!IsDateWord(lower.AsSpan(start, end - start), ages)) continue;
            if (first < 0) first = count;
            last = count;
        }
        if (first < 0) return null;

        int from = 0, to = lower.Length, index = 0;
        for (var position = 0; NextWord(lower, ref position, out var start, out var end); index++)
        {
            if (index == Math.Max(0, first - WordsBefore)) from = start;
            if (index == Math.Min(count - 1, last + WordsAfter)) to = end;
        }
        return lower[from..to];
    }

    // a word: a run of letters and digits, as TextNormalizer.Tokens splits them
    private static bool NextWord(string text, ref int position, out int start, out int end)
    {
        while (position < text.Length && !char.IsLetterOrDigit(text[position])) position++;
        start = position;
        while (position < text.Length && char.IsLetterOrDigit(text[position])) position++;
        end = position;
        return end > start;
    }

    private static bool IsDateWord(ReadOnlySpan<char> word, IReadOnlyList<int> ages)
    {
        // "16" in "ich bin 16" is an age; "12.", "2027", "16uhr" may start a date
        if (char.IsDigit(word[0])) return !(int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && ages.Contains(number));
        if (TriggerLookup.Contains(word)) return true;
        // "samstagnachmittag", "freitagabend"
        foreach (var day in Weekdays)
            if (word.Length > day.Length && word.StartsWith(day, StringComparison.Ordinal)) return true;
        return false;
    }

    // "herbstferien 2026": the year only picks the holidays
    private static bool IsYear(string text) => text.Length == 4 && text.All(char.IsDigit);

    private static DateTime? StartOf(Dictionary<string, string> value) =>
        Parse(value.GetValueOrDefault("start")) ?? Parse(value.GetValueOrDefault("value"));

    private static DateTime? Parse(string? text) =>
        text is not null && text.Length >= 10 && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
}
