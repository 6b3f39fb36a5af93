using System.Globalization;
using System.Text.RegularExpressions;

namespace TrierBot.Understanding;

/// <summary>
/// Reads weekdays and parts of the day from a wish ("abends", "freitagabend", "am Wochenende", "tagsüber arbeite
/// ich", "fridays r fine") or from an offer's <c>schedule</c> ("dienstags 16–18 Uhr", "Sa 10–14 Uhr", "Mo + Mi abends",
/// "Mo–Fr"), and says how well a schedule fits a wish.
/// </summary>
public static partial class TimeOfWeekParser
{
    private static readonly (string Stem, TimeOfWeek Day)[] DayStems =
    [
        ("montag", TimeOfWeek.Monday), ("dienstag", TimeOfWeek.Tuesday), ("mittwoch", TimeOfWeek.Wednesday), ("donnerstag", TimeOfWeek.Thursday),
        ("freitag", TimeOfWeek.Friday), ("samstag", TimeOfWeek.Saturday), ("sonnabend", TimeOfWeek.Saturday), ("sonntag", TimeOfWeek.Sunday),
        ("monday", TimeOfWeek.Monday), ("tuesday", TimeOfWeek.Tuesday), ("wednesday", TimeOfWeek.Wednesday), ("thursday", TimeOfWeek.Thursday),
        ("friday", TimeOfWeek.Friday), ("saturday", TimeOfWeek.Saturday), ("sunday", TimeOfWeek.Sunday),
    ];

    // Short forms are read only in schedules: in a message "so", "do" and "mi" are ordinary words.
    private static readonly Dictionary<string, TimeOfWeek> ShortDays = new(StringComparer.Ordinal)
    {
        ["mo"] = TimeOfWeek.Monday, ["di"] = TimeOfWeek.Tuesday, ["mi"] = TimeOfWeek.Wednesday, ["do"] = TimeOfWeek.Thursday,
        ["fr"] = TimeOfWeek.Friday, ["sa"] = TimeOfWeek.Saturday, ["so"] = TimeOfWeek.Sunday,
        ["mon"] = TimeOfWeek.Monday, ["tue"] = TimeOfWeek.Tuesday, ["wed"] = TimeOfWeek.Wednesday, ["thu"] = TimeOfWeek.Thursday,
        ["fri"] = TimeOfWeek.Friday, ["sat"] = TimeOfWeek.Saturday, ["sun"] = TimeOfWeek.Sunday,
    };

    private static readonly TimeOfWeek[] Week =
        [TimeOfWeek.Monday, TimeOfWeek.Tuesday, TimeOfWeek.Wednesday, TimeOfWeek.Thursday, TimeOfWeek.Friday, TimeOfWeek.Saturday, TimeOfWeek.Sunday];

    /// <summary>What a user's message wishes for; <see cref="TimeOfWeek.None"/> when it says nothing about times.</summary>
    public static TimeOfWeek ParseWish(string text) => Parse(text, schedule: false);

    /// <summary>When an offer takes place, from its schedule text.</summary>
    public static TimeOfWeek ParseSchedule(string? schedule) => string.IsNullOrWhiteSpace(schedule) ? TimeOfWeek.None : Parse(schedule, schedule: true);

    /// <summary>+1 the schedule meets the wish, −1 it clearly misses it, 0 unknown or no wish.</summary>
    public static int Fit(TimeOfWeek wish, TimeOfWeek schedule)
    {
        if (wish == TimeOfWeek.None || schedule == TimeOfWeek.None)
        {
            return 0;
        }

        var fit = 0;
        if ((wish & TimeOfWeek.Days) != 0 && (schedule & TimeOfWeek.Days) != 0)
        {
            if ((wish & schedule & TimeOfWeek.Days) == 0)
            {
                return WorkingPeopleFit(wish, schedule);
            }

            fit = 1;
        }

        if ((wish & TimeOfWeek.Parts) != 0 && (schedule & TimeOfWeek.Parts) != 0)
        {
            if ((wish & schedule & TimeOfWeek.Parts) == 0)
            {
                return WorkingPeopleFit(wish, schedule);
            }

            fit = 1;
        }

        return fit;
    }

    // "evenings or weekends" (people who work in the day): either one is enough.
    private static int WorkingPeopleFit(TimeOfWeek wish, TimeOfWeek schedule)
    {
        var evenings = (wish & TimeOfWeek.Evening) != 0 && (schedule & TimeOfWeek.Evening) != 0;
        var weekends = (wish & TimeOfWeek.Weekend) != 0 && (schedule & TimeOfWeek.Weekend) != 0;
        return evenings || weekends ? 1 : -1;
    }

    private static TimeOfWeek Parse(string text, bool schedule)
    {
        var folded = TextNormalizer.Fold(text);
        var result = TimeOfWeek.None;

        // "tagsüber arbeite ich", "I work during the day", "berufstätig": evenings or weekends
        if (WorksInTheDay().IsMatch(folded))
        {
            result |= TimeOfWeek.Evening | TimeOfWeek.Weekend;
        }

        foreach (Match range in DayRange().Matches(folded))
        {
            if (DayOf(range.Groups["a"].Value, schedule) is { } from && DayOf(range.Groups["b"].Value, schedule) is { } to)
            {
                for (var i = Array.IndexOf(Week, from); ; i = (i + 1) % 7)
                {
                    result |= Week[i];
                    if (Week[i] == to)
                    {
                        break;
                    }
                }
            }
        }

        foreach (var token in Tokens().Matches(folded).Select(m => m.Value))
        {
            result |= DayOf(token, schedule) ?? TimeOfWeek.None;
            if (token.Contains("wochenend", StringComparison.Ordinal) || token.StartsWith("weekend", StringComparison.Ordinal))
            {
                result |= TimeOfWeek.Weekend;
            }

            if (token.Contains("abend", StringComparison.Ordinal) || token.StartsWith("evening", StringComparison.Ordinal) || token is "night" or "nights" or "nachts")
            {
                result |= TimeOfWeek.Evening;
            }

            if (token.Contains("nachmittag", StringComparison.Ordinal) || token.StartsWith("afternoon", StringComparison.Ordinal))
            {
                result |= TimeOfWeek.Afternoon;
            }
            else if (token.Contains("vormittag", StringComparison.Ordinal) || token is "morgens" or "frueh" or "morning" or "mornings")
            {
                result |= TimeOfWeek.Morning;
            }
        }

        if (AfterSchool().IsMatch(folded))
        {
            result |= TimeOfWeek.Afternoon;
        }

        foreach (Match clock in ClockTime().Matches(folded))
        {
            var hour = int.Parse(clock.Groups["h"].Value, CultureInfo.InvariantCulture);
            if (hour is >= 6 and <= 23)
            {
                result |= hour >= 17 ? TimeOfWeek.Evening : hour >= 12 ? TimeOfWeek.Afternoon : TimeOfWeek.Morning;
            }
        }

        return result;
    }

    private static TimeOfWeek? DayOf(string token, bool schedule)
    {
        if (schedule && ShortDays.TryGetValue(token, out var day))
        {
            return day;
        }

        foreach (var (stem, d) in DayStems)
        {
            if (token.StartsWith(stem, StringComparison.Ordinal) || (token.Length > stem.Length + 2 && token.Contains(stem, StringComparison.Ordinal)))
            {
                return d;
            }
        }

        // "fridays r fine", "mondays"
        return token.Length > 3 && token.EndsWith('s') && DayStems.FirstOrDefault(s => s.Stem == token[..^1]) is { Stem: not null } found ? found.Day : null;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Tokens();

    [GeneratedRegex(@"\b(?<a>[a-z]{2,10})\.?\s*(?:-|–|bis|to|until)\s*(?<b>[a-z]{2,10})\b")]
    private static partial Regex DayRange();

    [GeneratedRegex(@"(?<![\d.,:])(?:ab|um|von|bis|from|at)?\s*(?<h>\d{1,2})(?::\d{2}|\s*(?:uhr|h\b|pm\b|am\b)|\s*(?:-|–|bis)\s*\d{1,2}(?::\d{2})?\s*(?:uhr|h\b))")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\b(?:tagsueber|tags ueber|tagueber|den ganzen tag|vollzeit|during the day|in the day|daytime|full time|full-time)\b.*\b(?:arbeit|arbeite|arbeitet|work|job|schicht)|\b(?:arbeit|arbeite|arbeitet|work|works|working)\b.*\b(?:tagsueber|tags ueber|tagueber|during the day|in the day|vollzeit|full time)\b")]
    private static partial Regex WorksInTheDay();

    [GeneratedRegex(@"\bnach der schule\b|\bafter school\b")]
    private static partial Regex AfterSchool();
}
