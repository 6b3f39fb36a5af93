using Microsoft.Extensions.Configuration;

namespace TrierBot.Handoff.Tests;

/// <summary>The office hours as the user reads them: written once from the configuration, consecutive days grouped.</summary>
public sealed class OfficeHoursTests
{
    [Theory]
    [InlineData("Monday,Tuesday,Wednesday,Thursday,Friday", "08:00", "16:00", "Mo–Fr 8–16 Uhr", "Mon–Fri 8 am–4 pm")]
    [InlineData("Monday,Tuesday,Wednesday,Friday", "08:30", "12:00", "Mo–Mi, Fr 8:30–12 Uhr", "Mon–Wed, Fri 8:30 am–noon")]
    [InlineData("Tuesday,Thursday", "09:00", "17:30", "Di, Do 9–17:30 Uhr", "Tue, Thu 9 am–5:30 pm")]
    [InlineData("Saturday,Sunday", "10:00", "14:00", "Sa, So 10–14 Uhr", "Sat, Sun 10 am–2 pm")]
    [InlineData("Friday,Monday,Friday,Tuesday", "08:00", "16:00", "Mo, Di, Fr 8–16 Uhr", "Mon, Tue, Fri 8 am–4 pm")]
    [InlineData("Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday", "00:00", "23:59:59", "täglich rund um die Uhr", "daily around the clock")]
    public void Describe_Configuration_DaysGroupedOnceInGermanAndEnglish(string days, string opens, string closes, string german, string english)
    {
        var hours = Bind(days.Split(','), opens, closes);

        Assert.Equal(german, hours.Describe(english: false));
        Assert.Equal(english, hours.Describe(english: true));
    }

    [Fact]
    public void Describe_AppSettingsDaysBoundOverTheDefaults_EachDayOnce()
    {
        // appsettings.json lists Monday to Friday; the binder adds configured items to a list it finds filled.
        var hours = Bind(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], "08:00", "16:00");

        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], hours.OpenDays);
        Assert.Equal("Mo–Fr 8–16 Uhr", hours.Describe(english: false));
    }

    [Fact]
    public void Describe_NothingConfigured_MondayToFriday()
    {
        Assert.Equal("Mo–Fr 8–16 Uhr", new OfficeHoursOptions().Describe(english: false));
    }

    [Theory]
    [InlineData("2026-11-28T21:00:00Z", "am Montag ab 8 Uhr", "on Monday from 8 am")] // Saturday 22:00 in Trier
    [InlineData("2026-11-24T17:00:00Z", "morgen ab 8 Uhr", "tomorrow from 8 am")]     // Tuesday 18:00
    [InlineData("2026-11-24T05:00:00Z", "heute ab 8 Uhr", "today from 8 am")]         // Tuesday 6:00
    [InlineData("2026-11-27T16:00:00Z", "am Montag ab 8 Uhr", "on Monday from 8 am")] // Friday 17:00
    public void DescribeNextOpening_OutsideHours_SaysWhenSomeoneIsBack(string utc, string german, string english)
    {
        var hours = new OfficeHoursOptions();
        var now = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

        Assert.False(hours.IsOpenAt(now));
        Assert.Equal(german, hours.DescribeNextOpening(now, english: false));
        Assert.Equal(english, hours.DescribeNextOpening(now, english: true));
    }

    [Fact]
    public void OutsideOfficeHours_Text_NamesHoursReturnAndContactWithoutPromisingSoon()
    {
        var hours = new OfficeHoursOptions();
        var contact = new HandoffOptions().ContactText;

        var german = HandoffTexts.OutsideOfficeHours(false, hours.Describe(false), hours.DescribeNextOpening(ManualClock.OfficeClosed, false), contact);
        var english = HandoffTexts.OutsideOfficeHours(true, hours.Describe(true), hours.DescribeNextOpening(ManualClock.OfficeClosed, true), contact);

        Assert.Contains("Mo–Fr 8–16 Uhr", german);
        Assert.Contains("am Montag ab 8 Uhr", german);
        Assert.Contains("0651 9990-1000", german);
        Assert.Contains("zurück", german);
        Assert.Contains("Mon–Fri 8 am–4 pm", english);
        Assert.Contains("on Monday from 8 am", english);
        Assert.Contains("call you back", english);
        foreach (var soon in new[] { "gleich", "bald", "Sobald", "soon", "shortly" })
        {
            Assert.DoesNotContain(soon, german, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(soon, english, StringComparison.OrdinalIgnoreCase);
        }
    }

    // As the host binds it: appsettings.json first, then whatever overrides it.
    private static OfficeHoursOptions Bind(string[] days, string opens, string closes)
    {
        var settings = new Dictionary<string, string?> { ["Handoff:OfficeHours:Opens"] = opens, ["Handoff:OfficeHours:Closes"] = closes };
        for (var i = 0; i < days.Length; i++) settings[$"Handoff:OfficeHours:Days:{i}"] = days[i];
        var options = new HandoffOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(HandoffOptions.SectionName).Bind(options);
        return options.OfficeHours;
    }
}
