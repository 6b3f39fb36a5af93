using Microsoft.Bot.Schema;
using TrierBot.Dialogs.Tests.Support;

namespace TrierBot.Dialogs.Tests;

public class MainDialogTests
{
    [Fact]
    public async Task Welcome_ConversationUpdateThenMessages_WelcomesExactlyOnce()
    {
        using var bot = new BotHarness();

        var joined = await bot.JoinAsync();
        var joinedAgain = await bot.JoinAsync();
        var first = await bot.SayAsync("hallo");

        Assert.Single(joined.Messages());
        Assert.Contains("TrierBot", joined.AllText());
        Assert.Empty(joinedAgain.Messages());
        first.AssertDoesNotContain("Ich bin TrierBot");
        first.AssertContains(Asks.Topic);
    }

    [Fact]
    public async Task Welcome_FirstMessageWithoutConversationUpdate_WelcomesThenShowsTopics()
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync("hallo");

        Assert.Equal(TrierActivityHandler.WelcomeText, replies.Messages().First().Text);
        replies.AssertContains(Asks.Topic);
        replies.AssertContains("1. Ausbildung & Studium");
    }

    [Fact]
    public async Task Welcome_ChannelWithButtons_ShowsTopicsAsSuggestedActions()
    {
        using var bot = new BotHarness(channelId: "directline");

        var replies = await bot.JoinAsync();

        var actions = replies.Messages().Single().SuggestedActions.Actions;
        Assert.Contains(actions, a => a.Title == "Ausbildung & Studium");
        Assert.Contains(actions, a => a.Title == "Lesen, Schreiben, Rechnen");
    }

    [Theory]
    [InlineData("1", "Für welches Alter")]
    [InlineData("Ausbildung & Studium", "Für welches Alter")]
    [InlineData("2", "kostenlos")]
    [InlineData("Lesen Schreiben Rechnen", "kostenlos")]
    [InlineData("3", "Für welches Alter")]
    [InlineData("Bildungsberatung", "Worum geht es")]
    public async Task Menu_TopicPickedByNumberOrTitle_StartsThatTopic(string answer, string expected)
    {
        using var bot = new BotHarness();
        await bot.SayAsync("hallo");

        var replies = await bot.SayAsync(answer);

        replies.AssertContains(expected);
    }

    [Fact]
    public async Task Menu_Nonsense_SaysSoCalmlyAndShowsTopicsAgain()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("hallo");

        var replies = await bot.SayAsync("blubb fasel");

        replies.AssertContains("nicht verstanden");
        replies.AssertContains("1. Ausbildung & Studium");
    }

    [Fact]
    public async Task Menu_TwoNonsenseAnswersInARow_OffersAHuman()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("hallo");

        var first = await bot.SayAsync("blubb");
        var second = await bot.SayAsync("fasel");

        first.AssertDoesNotContain("Menschen aus der Beratung");
        second.AssertContains("Menschen aus der Beratung");
    }

    [Fact]
    public async Task Faq_QuestionTheFaqAnswers_IsAnsweredDirectly()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("hallo");

        var replies = await bot.SayAsync("Was kostet die Beratung?");

        replies.AssertContains("kostenlos");
        replies.AssertContains(Asks.Counselling);
    }

    [Fact]
    public async Task Goodbye_AfterATopic_SaysGoodbyeAndNextMessageStartsFresh()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("hallo");

        var bye = await bot.SayAsync("tschüss");
        var again = await bot.SayAsync("Ich suche eine Ausbildung");

        bye.AssertContains("Alles Gute");
        again.AssertContains(Asks.Age);
        again.AssertDoesNotContain("Ich bin TrierBot");
    }

    [Fact]
    public async Task TurnCount_EveryUserMessage_CountsOnceAndNotForConversationUpdates()
    {
        var storage = new Microsoft.Bot.Builder.MemoryStorage();
        using var bot = new BotHarness(storage);

        await bot.JoinAsync();
        await bot.SayAsync("hallo");
        await bot.SayAsync("1");
        await bot.SayAsync("16");

        var data = await StoredState.ConversationDataAsync(storage);
        Assert.Equal(3, data.TurnCount);
    }

    [Fact]
    public async Task English_UserWritesEnglish_BotAnswersInEnglish()
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync("Hello, I am looking for an apprenticeship");

        replies.AssertContains("I'm TrierBot");
        replies.AssertContains("How old");
    }
}
