namespace TrierBot.Handoff;

/// <summary>Opening hours of the office, in its own time zone, so that daylight saving needs no care.</summary>
public sealed class OfficeHoursOptions
{
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
    private static readonly string[] GermanDays = ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"];
    private static readonly string[] EnglishDays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] GermanDayNames = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];

    public string TimeZone { get; set; } = "Europe/Berlin";

    /// <summary>
    /// The open days; empty means Monday to Friday. Empty by default because the configuration binder adds the
    /// configured days to a list it finds filled (Mon–Fri from appsettings.json became Mon–Fri twice).
    /// </summary>
    public List<DayOfWeek> Days { get; set; } = [];

    public TimeOnly Opens { get; set; } = new(8, 0);

    public TimeOnly Closes { get; set; } = new(16, 0);

    /// <summary>The open days, each once, Monday first.</summary>
    public IReadOnlyList<DayOfWeek> OpenDays => (Days.Count == 0 ? (IEnumerable<DayOfWeek>)Weekdays : Days).Distinct().OrderBy(MondayFirst).ToList();

    /// <summary>True when a counsellor is expected to be in the office at <paramref name="utc"/>.</summary>
    public bool IsOpenAt(DateTimeOffset utc)
    {
        var local = ToLocal(utc);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return OpenDays.Contains(local.DayOfWeek) && time >= Opens && time < Closes;
    }

    /// <summary>"Mo–Fr 8–16 Uhr" / "Mon–Fri 8 am–4 pm": consecutive days grouped, written once from the configuration.</summary>
    public string Describe(bool english)
    {
        var days = OpenDays;
        var dayText = days.Count == 7 ? (english ? "daily" : "täglich") : string.Join(", ", Runs(days).Select(run => DayRun(run, english)));
        var times = Opens == TimeOnly.MinValue && IsMidnight(Closes) ? (english ? "around the clock" : "rund um die Uhr")
            : english ? $"{EnglishTime(Opens)}–{EnglishTime(Closes)}" : $"{GermanHour(Opens)}–{GermanHour(Closes)} Uhr";
        return $"{dayText} {times}";
    }

    /// <summary>The next moment the office opens after <paramref name="utc"/> (office time), or null when no day is open.</summary>
    public DateTimeOffset? NextOpening(DateTimeOffset utc)
    {
        var local = ToLocal(utc);
        var days = OpenDays;
        for (var offset = 0; offset <= 7; offset++)
        {
            var date = DateOnly.FromDateTime(local.DateTime).AddDays(offset);
            if (!days.Contains(date.DayOfWeek)) continue;
            var opening = date.ToDateTime(Opens);
            if (opening <= local.DateTime) continue;
            var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
            return new DateTimeOffset(opening, zone.GetUtcOffset(opening));
        }

        return null;
    }

    /// <summary>"heute ab 8 Uhr", "morgen ab 8 Uhr", "am Montag ab 8 Uhr" (and English): when someone is back.</summary>
    public string DescribeNextOpening(DateTimeOffset utc, bool english)
    {
        if (NextOpening(utc) is not { } next)
        {
            return english ? "on the next working day" : "am nächsten Arbeitstag";
        }

        var today = DateOnly.FromDateTime(ToLocal(utc).DateTime);
        var day = DateOnly.FromDateTime(next.DateTime);
        var time = english ? EnglishTime(Opens) : GermanHour(Opens) + " Uhr";
        return (day.DayNumber - today.DayNumber, english) switch
        {
            (0, false) => $"heute ab {time}",
            (1, false) => $"morgen ab {time}",
            (_, false) => $"am {GermanDayNames[(int)day.DayOfWeek]} ab {time}",
            (0, true) => $"today from {time}",
            (1, true) => $"tomorrow from {time}",
            _ => $"on {day.DayOfWeek} from {time}",
        };
    }

    private DateTimeOffset ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, TimeZoneInfo.FindSystemTimeZoneById(TimeZone));

    private static int MondayFirst(DayOfWeek day) => ((int)day + 6) % 7;

    // Days in a row (Monday first) as one run each: [Mo Di Mi] [Fr].
    private static IEnumerable<List<DayOfWeek>> Runs(IReadOnlyList<DayOfWeek> days)
    {
        var run = new List<DayOfWeek>();
        foreach (var day in days)
        {
            if (run.Count > 0 && MondayFirst(day) != MondayFirst(run[^1]) + 1)
            {
                yield return run;
                run = [];
            }

            run.Add(day);
        }

        if (run.Count > 0) yield return run;
    }

    private static string DayRun(List<DayOfWeek> run, bool english)
    {
        var names = english ? EnglishDays : GermanDays;
        return run.Count switch
        {
            1 => names[(int)run[0]],
            2 => $"{names[(int)run[0]]}, {names[(int)run[1]]}",
            _ => $"{names[(int)run[0]]}–{names[(int)run[^1]]}",
        };
    }

    // A closing time in the last minute of the day means "until midnight".
    private static bool IsMidnight(TimeOnly time) => time >= new TimeOnly(23, 59);

    private static string GermanHour(TimeOnly time) =>
        IsMidnight(time) ? "24" : time.Minute == 0 ? time.Hour.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{time.Hour}:{time.Minute:00}";

    private static string EnglishTime(TimeOnly time)
    {
        if (IsMidnight(time) || time == TimeOnly.MinValue) return "midnight";
        if (time == new TimeOnly(12, 0)) return "noon";
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var suffix = time.Hour < 12 ? "am" : "pm";
        return time.Minute == 0 ? $"{hour} {suffix}" : $"{hour}:{time.Minute:00} {suffix}";
    }
}
