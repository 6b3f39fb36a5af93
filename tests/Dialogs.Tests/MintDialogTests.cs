using TrierBot.Dialogs.Tests.Support;
using TrierBot.Knowledge;

namespace TrierBot.Dialogs.Tests;

public class MintDialogTests
{
    [Fact]
    public async Task Mint_HappyPath_AsksAgeInterestWhenGirlsOnlyThenShowsOffer()
    {
        using var bot = new BotHarness();

        var age = await bot.SayAsync("Gibt es was mit MINT?");
        var interest = await bot.SayAsync("12");
        var when = await bot.SayAsync("Programmieren");
        var girls = await bot.SayAsync("In den Ferien");
        var results = await bot.SayAsync("nein");

        age.AssertContains("Für welches Alter");
        interest.AssertContains("Was klingt spannend");
        when.AssertContains("Wann soll es sein");
        girls.AssertContains("nur für Mädchen");
        Assert.Contains(results.Cards(), c => c.Title == "Programmieren in den Ferien (Demo)");
        var query = bot.Knowledge.Queries.First(q => q.Sources.Contains(KnowledgeSources.Mint));
        Assert.Equal(12, query.Age);
        Assert.Contains("Ferien", query.Text);
    }

    [Fact]
    public async Task Mint_NamedHolidaysAnswered_SearchesThoseHolidayDates()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Gibt es was mit MINT?");
        await bot.SayAsync("12");
        await bot.SayAsync("Programmieren");

        await bot.SayAsync("in den Herbstferien");
        await bot.SayAsync("nein");

        var query = bot.Knowledge.Queries.First(q => q.Sources.Contains(KnowledgeSources.Mint));
        Assert.Equal(FakeUtteranceRecognizer.AutumnHolidays.Start, query.From);
        Assert.Equal(FakeUtteranceRecognizer.AutumnHolidays.End, query.To);
        Assert.Contains("Ferien", query.Text);
    }

    [Fact]
    public async Task Mint_GirlsAndAgeInFirstMessage_AreNotAskedAgain()
    {
        using var bot = new BotHarness();

        await bot.SayAsync("Robotik für meine Tochter, sie ist 11");
        var results = await bot.SayAsync("egal");

        Assert.Contains(results.Cards(), c => c.Title == "Robotik-AG für Mädchen (Demo)");
        results.AssertDoesNotContain("nur für Mädchen?");
        var data = await StoredState.ConversationDataAsync(bot.Storage);
        Assert.True(data.Profile.GirlsOnly);
        Assert.Equal(11, data.Profile.Age);
    }

    [Fact]
    public async Task Mint_DateRangeTyped_IsUsedAsSearchWindow()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich bin 13 und suche was mit Programmieren");

        var girls = await bot.SayAsync("vom 1. bis 15. März");
        await bot.SayAsync("nein");

        girls.AssertContains("nur für Mädchen");
        var query = bot.Knowledge.Queries.First(q => q.Sources.Contains(KnowledgeSources.Mint));
        Assert.Equal(new DateTime(2027, 3, 1), query.From);
        Assert.Equal(new DateTime(2027, 3, 15), query.To);
    }

    [Fact]
    public async Task Mint_SpecificDatesChosen_AsksForTheRange()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich bin 13 und suche was mit Programmieren");

        var range = await bot.SayAsync("Bestimmter Zeitraum");
        var girls = await bot.SayAsync("nächste Woche");

        range.AssertContains("Von wann bis wann");
        girls.AssertContains("nur für Mädchen");
    }

    [Fact]
    public async Task Mint_AgeForSchoolClass_TeacherGetsOffersForThatAge()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich bin Lehrerin und suche MINT Angebote");

        await bot.SayAsync("Klasse 7");

        var data = await StoredState.ConversationDataAsync(bot.Storage);
        Assert.Equal(13, data.Profile.Age);
    }

    [Fact]
    public async Task Mint_WhenNotUnderstood_AsksAgainWithTheOptions()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich bin 13 und suche was mit Programmieren");

        var replies = await bot.SayAsync("bananen");

        replies.AssertContains("Das habe ich nicht verstanden");
        replies.AssertContains("1. In den Ferien");
    }
}
