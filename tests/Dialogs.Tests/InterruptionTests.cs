using Microsoft.Bot.Schema;
using TrierBot.Dialogs.Tests.Support;

namespace TrierBot.Dialogs.Tests;

public class InterruptionTests
{
    [Theory]
    [InlineData("Hilfe")]
    [InlineData("hilfe bitte")]
    public async Task Help_MidDialog_ExplainsThenAsksTheSameQuestionAgain(string help)
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich suche eine Ausbildung");

        var replies = await bot.SayAsync(help);

        replies.AssertContains("Ich finde Angebote und Beratung in Trier");
        Assert.StartsWith(Asks.Age, replies.LastText());
    }

    [Theory]
    [InlineData("abbrechen")]
    [InlineData("Neustart")]
    [InlineData("stopp")]
    public async Task Cancel_MidDialog_StartsOverAtTheMenuAndForgetsAnswers(string cancel)
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich bin 16 und suche eine Ausbildung");

        var replies = await bot.SayAsync(cancel);
        var again = await bot.SayAsync("1");

        replies.AssertContains("wir fangen neu an");
        replies.AssertContains(Asks.Topic);
        again.AssertContains(Asks.Age);
    }

    [Fact]
    public async Task Back_AfterOffers_AsksTheLastAnsweredQuestionAgain()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich suche eine Ausbildung");
        await bot.SayAsync("15");

        var back = await bot.SayAsync("zurück");
        var next = await bot.SayAsync("14");

        back.AssertContains("Okay, dann noch einmal");
        Assert.StartsWith(Asks.Age, back.LastText());
        next.AssertContains(Asks.Found);
        var data = await StoredState.ConversationDataAsync(bot.Storage);
        Assert.Equal(14, data.Profile.Age);
    }

    [Fact]
    public async Task Back_AtTheMenu_SaysWeAreAtTheStart()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("hallo");

        var replies = await bot.SayAsync("zurück");

        replies.AssertContains("Wir sind schon am Anfang");
    }

    [Fact]
    public async Task TopicChange_MidDialog_SwitchesToTheNewTopic()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich suche eine Ausbildung");

        var replies = await bot.SayAsync("Ach nee, eigentlich suche ich was mit Robotik für meinen Sohn");

        replies.AssertContains(Asks.AgeOfOther);
        var data = await StoredState.ConversationDataAsync(bot.Storage);
        Assert.Equal(Understanding.IntentNames.Mint, data.Profile.Topic);
    }

    [Fact]
    public async Task TopicWordAsAnswer_SingleWord_DoesNotSwitchTopic()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich bin 16 und suche eine Ausbildung");

        await bot.SayAsync("Robotik");

        var data = await StoredState.ConversationDataAsync(bot.Storage);
        Assert.Equal(Understanding.IntentNames.CareerOrientation, data.Profile.Topic);
    }

    [Theory]
    [InlineData("du bist dumm")]
    [InlineData("fick dich")]
    [InlineData("stupid bot")]
    public async Task Insult_MidDialog_AnswersCalmlyThenShowsTheMenu(string insult)
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich suche eine Ausbildung");

        var replies = await bot.SayAsync(insult);

        replies.AssertContains("möchte dir gern helfen");
        replies.AssertContains(Asks.Topic);
    }

    [Fact]
    public async Task NotAnInsult_LearnerCallsThemselvesStupid_IsNotTreatedAsInsult()
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync("Ich bin zu dumm zum Lesen");

        replies.AssertDoesNotContain("ärgert");
        replies.AssertContains("kostenlos");
    }

    [Fact]
    public async Task LongSilence_ThenMessage_AsksOnceResumeOrRestart_ResumeRepeatsQuestion()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich suche eine Ausbildung");
        bot.Clock.Now += TimeSpan.FromHours(2);

        var asked = await bot.SayAsync("hi");
        var resumed = await bot.SayAsync("weitermachen");
        var answered = await bot.SayAsync("15");

        asked.AssertContains("Schön, dass du wieder da bist");
        resumed.AssertContains("weiter geht's");
        Assert.StartsWith(Asks.Age, resumed.LastText());
        answered.AssertContains(Asks.Found);
    }

    [Fact]
    public async Task LongSilence_ThenRestartChosen_GoesBackToTheMenu()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich suche eine Ausbildung");
        bot.Clock.Now += TimeSpan.FromHours(2);

        await bot.SayAsync("hallo?");
        var replies = await bot.SayAsync("Neu anfangen");

        replies.AssertContains(Asks.Topic);
    }

    [Fact]
    public async Task ShortPause_ThenMessage_JustContinues()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich suche eine Ausbildung");
        bot.Clock.Now += TimeSpan.FromMinutes(5);

        var replies = await bot.SayAsync("15");

        replies.AssertContains(Asks.Found);
    }

    [Fact]
    public async Task TwoFailedAnswersInARow_InAnyPrompt_OfferAHumanWithAButton()
    {
        using var bot = new BotHarness(channelId: "webchat");
        await bot.SayAsync("Ich bin 16 und suche eine Ausbildung");

        await bot.SayAsync("lalala");
        var second = await bot.SayAsync("lololo");

        var offer = second.Messages().Last();
        Assert.Contains("Menschen aus der Beratung", offer.Text);
        Assert.Equal("Mit einem Menschen sprechen", offer.SuggestedActions.Actions.Single().Title);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("telegram")]
    [InlineData("whatsapp")]
    public async Task SlotQuestion_ChannelWithoutButtons_ShowsNumberedList_WithButtonsShowsSuggestedActions(string channelWithButtons)
    {
        using var plain = new BotHarness();
        using var webchat = new BotHarness(channelId: channelWithButtons);
        await plain.SayAsync("MINT für Kinder & Jugendliche");
        await webchat.SayAsync("MINT für Kinder & Jugendliche");

        var numbered = await plain.SayAsync("16");
        var buttons = await webchat.SayAsync("16");
        var picked = await plain.SayAsync("1");

        Assert.Contains("1. Robotik", numbered.LastText());
        Assert.Null(numbered.Messages().Last().SuggestedActions);
        Assert.Contains(buttons.Messages().Last().SuggestedActions.Actions, a => a.Title == "Robotik" && a.Type == ActionTypes.ImBack);
        picked.AssertContains(Asks.Found);
    }
}
