using TrierBot.Understanding;

namespace TrierBot.Understanding.Tests;

public class TimeOfWeekParserTests
{
    [Theory]
    [InlineData("dienstags 16–18 Uhr", TimeOfWeek.Tuesday | TimeOfWeek.Afternoon)]
    [InlineData("Di 16-18 Uhr", TimeOfWeek.Tuesday | TimeOfWeek.Afternoon)]
    [InlineData("Sa 10–14 Uhr", TimeOfWeek.Saturday | TimeOfWeek.Morning)]
    [InlineData("samstags 10:00", TimeOfWeek.Saturday | TimeOfWeek.Morning)]
    [InlineData("Mo + Mi abends", TimeOfWeek.Monday | TimeOfWeek.Wednesday | TimeOfWeek.Evening)]
    [InlineData("montags und mittwochs, 18:30–20:00", TimeOfWeek.Monday | TimeOfWeek.Wednesday | TimeOfWeek.Evening)]
    [InlineData("Mo–Fr 9–12 Uhr", TimeOfWeek.Weekdays | TimeOfWeek.Morning)]
    [InlineData("Montag bis Donnerstag nachmittags", TimeOfWeek.Monday | TimeOfWeek.Tuesday | TimeOfWeek.Wednesday | TimeOfWeek.Thursday | TimeOfWeek.Afternoon)]
    [InlineData("freitags ab 19 Uhr", TimeOfWeek.Friday | TimeOfWeek.Evening)]
    [InlineData("am Wochenende", TimeOfWeek.Weekend)]
    [InlineData("in den Herbstferien", TimeOfWeek.None)]
    public void ParseSchedule_ManySpellings_ReadsDaysAndPartsOfDay(string schedule, TimeOfWeek expected)
        => Assert.Equal(expected, TimeOfWeekParser.ParseSchedule(schedule));

    [Theory]
    [InlineData("abends wäre gut", TimeOfWeek.Evening)]
    [InlineData("nur abends", TimeOfWeek.Evening)]
    [InlineData("Freitagabend passt mir gut", TimeOfWeek.Friday | TimeOfWeek.Evening)]
    [InlineData("samstags hab ich zeit", TimeOfWeek.Saturday)]
    [InlineData("am wochenende", TimeOfWeek.Weekend)]
    [InlineData("nachmittags nach der schule", TimeOfWeek.Afternoon)]
    [InlineData("ich arbeite tagsüber", TimeOfWeek.Evening | TimeOfWeek.Weekend)]
    [InlineData("I work during the day", TimeOfWeek.Evening | TimeOfWeek.Weekend)]
    [InlineData("fridays r fine", TimeOfWeek.Friday)]
    [InlineData("weekends only", TimeOfWeek.Weekend)]
    [InlineData("so was mit robotern, do you have", TimeOfWeek.None)]
    [InlineData("ich bin 16 und wohne in Trier", TimeOfWeek.None)]
    public void ParseWish_ManySpellings_ReadsTheWish(string wish, TimeOfWeek expected)
        => Assert.Equal(expected, TimeOfWeekParser.ParseWish(wish));

    [Theory]
    [InlineData("abends", "Mo + Mi 18–20 Uhr", 1)]
    [InlineData("abends", "dienstags 16–18 Uhr", -1)]
    [InlineData("ich arbeite tagsüber", "Sa 10–14 Uhr", 1)]
    [InlineData("ich arbeite tagsüber", "Mo–Fr 9–12 Uhr", -1)]
    [InlineData("freitags", "freitags 15–17 Uhr", 1)]
    [InlineData("abends", "", 0)]
    public void Fit_WishAndSchedule_SaysWhetherTheyMeet(string wish, string schedule, int expected)
        => Assert.Equal(expected, TimeOfWeekParser.Fit(TimeOfWeekParser.ParseWish(wish), TimeOfWeekParser.ParseSchedule(schedule)));
}
