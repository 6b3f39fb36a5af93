namespace TrierBot.Handoff;

/// <summary>Opening hours of the office, in its own time zone, so that daylight saving needs no care.</summary>
public sealed class OfficeHoursOptions
{
    public string TimeZone { get; set; } = "Europe/Berlin";

    public List<DayOfWeek> Days { get; set; } = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public TimeOnly Opens { get; set; } = new(8, 0);

    public TimeOnly Closes { get; set; } = new(16, 0);

    /// <summary>True when a counsellor is expected to be in the office at <paramref name="utc"/>.</summary>
    public bool IsOpenAt(DateTimeOffset utc)
    {
        var local = TimeZoneInfo.ConvertTime(utc, TimeZoneInfo.FindSystemTimeZoneById(TimeZone));
        var time = TimeOnly.FromDateTime(local.DateTime);
        return Days.Contains(local.DayOfWeek) && time >= Opens && time < Closes;
    }

    /// <summary>"Mo–Fr 08:00–16:00" style description for the user.</summary>
    public string Describe(bool english)
    {
        var culture = System.Globalization.CultureInfo.GetCultureInfo(english ? "en-GB" : "de-DE");
        var days = string.Join(", ", Days.Select(d => culture.DateTimeFormat.GetAbbreviatedDayName(d)));
        return $"{days} {Opens:HH\\:mm}–{Closes:HH\\:mm}";
    }
}
