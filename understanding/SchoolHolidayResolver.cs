using System.Globalization;
using F23.StringSimilarity;

namespace TrierBot.Understanding;

/// <summary>
/// "in den herbstferien", "osterferien 2027", "summer holidays", "in den ferien" → the configured
/// holiday period: the named one that is running or comes next from the reference time (or the one
/// of the year the message names); plain "ferien" means the next holidays of any kind.
/// </summary>
internal sealed class SchoolHolidayResolver
{
    private static readonly OptimalStringAlignment Distance = new();

    // each configured period with its kind, read once and sorted by start: Resolve runs in every turn
    private readonly (SchoolHoliday Holiday, string? Kind)[] _holidays;

    // first part of a holiday name (folded) → kind; the configured names are read the same way
    private static readonly (string Word, string Kind)[] KindWords =
    [
        ("winter", "winter"), ("oster", "oster"), ("ostern", "oster"), ("easter", "oster"), ("pfingst", "pfingst"), ("pfingsten", "pfingst"),
        ("whitsun", "pfingst"), ("sommer", "sommer"), ("summer", "sommer"), ("herbst", "herbst"), ("autumn", "herbst"), ("fall", "herbst"),
        ("weihnacht", "weihnacht"), ("weihnachts", "weihnacht"), ("weihnachten", "weihnacht"), ("christmas", "weihnacht"), ("xmas", "weihnacht"),
    ];

    private static readonly string[] GermanHolidayWords = ["winterferien", "osterferien", "pfingstferien", "sommerferien", "herbstferien", "weihnachtsferien"];
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal) { "ferien", "fehrien", "schulferien", "holidays", "holiday", "vacation", "break" };

    public SchoolHolidayResolver(IReadOnlyList<SchoolHoliday> holidays)
    {
        _holidays = [.. holidays.OrderBy(h => h.Start).Select(h => (h, KindOfName(h.Name)))];
    }

    /// <summary>The holiday periods the tokens name, resolved against <paramref name="now"/>.</summary>
    public List<DateSpan> Resolve(IReadOnlyList<string> tokens, DateTime now)
    {
        var spans = new List<DateSpan>();
        if (_holidays.Length == 0) return spans;
        var year = YearNamed(tokens);

        for (var i = 0; i < tokens.Count; i++)
        {
            var kind = KindOf(tokens, i, out var generic);
            if (kind is null && !generic) continue;
            // "holidays"/"break" alone are too vague in English; "ferien" alone means the next holidays
            if (kind is null && tokens[i] is "holiday" or "holidays" or "vacation" or "break" && !(i > 0 && tokens[i - 1] is "school" or "the")) continue;
            var holiday = Next(kind, year, now);
            if (holiday is not null && !spans.Exists(s => s.Start == holiday.Start.Date)) spans.Add(ToSpan(holiday));
        }
        return spans;
    }

    // "herbstferien 2027": the first 20xx in the message picks the year
    private static int YearNamed(IReadOnlyList<string> tokens)
    {
        foreach (var token in tokens)
            if (token.Length == 4 && token.StartsWith("20", StringComparison.Ordinal) && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return year;
        return 0;
    }

    private static string? KindOf(IReadOnlyList<string> tokens, int i, out bool generic)
    {
        var token = tokens[i];
        generic = Generic.Contains(token);
        if (generic)
        {
            // "herbst ferien", "summer holidays": the kind is the word before
            return i > 0 ? KindWords.FirstOrDefault(k => k.Word == tokens[i - 1]).Kind : null;
        }
        foreach (var word in GermanHolidayWords)
            if (token == word || token.Length >= 8 && token[0] == word[0] && Math.Abs(token.Length - word.Length) <= 2 && Distance.Distance(token, word) <= 2)
                return KindOfName(word);
        return null;
    }

    private static string? KindOfName(string name)
    {
        var folded = TextNormalizer.Fold(name);
        return KindWords.Where(k => folded.StartsWith(k.Word, StringComparison.Ordinal)).Select(k => k.Kind).FirstOrDefault();
    }

    private SchoolHoliday? Next(string? kind, int year, DateTime now)
    {
        foreach (var (holiday, holidayKind) in _holidays)
            if ((kind is null || holidayKind == kind) && (year > 0 ? holiday.Start.Year == year || holiday.End.Year == year : holiday.End.Date >= now.Date))
                return holiday;
        return null;
    }

    private static DateSpan ToSpan(SchoolHoliday holiday)
    {
        var start = holiday.Start.Date;
        var end = holiday.End.Date.AddDays(1);
        var days = (int)(end - start).TotalDays;
        var timex = string.Create(CultureInfo.InvariantCulture, $"({start:yyyy-MM-dd},{end:yyyy-MM-dd},P{days}D)");
        return new DateSpan(timex, start, end);
    }
}
