using TrierBot.Dialogs.Tests.Support;

namespace TrierBot.Dialogs.Tests;

public class CounsellingDialogTests
{
    [Theory]
    [InlineData("Ich möchte eine Umschulung machen")]
    [InlineData("Wie geht das mit der Anerkennung von meinem Abschluss")]
    public async Task Counselling_SubjectInMessage_ShowsOfficeWithOpeningHoursAndContact(string message)
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync(message);

        replies.AssertContains("Bildungsberatung Trier (Demo)");
        replies.AssertContains("Öffnungszeiten: Di und Do 14–17 Uhr");
        replies.AssertContains("Telefon: 0651 9990-1003");
        replies.AssertContains(Asks.AnythingElse);
    }

    [Fact]
    public async Task Counselling_NoSubjectYet_AsksForItThenShowsOffice()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("hallo");

        var ask = await bot.SayAsync("Bildungsberatung");
        var office = await bot.SayAsync("Förderung");

        ask.AssertContains("Worum geht es dir");
        office.AssertContains("Öffnungszeiten");
    }

    [Fact]
    public async Task CourseSearch_OtherCourse_SearchesCoursesWithTheUsersWords()
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync("Gibt es einen Sprachkurs Englisch?");

        Assert.Contains(replies.Cards(), c => c.Title == "Englisch für Anfänger (Demo)");
    }
}
