using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TrierBot.Dialogs.Handoff;
using TrierBot.Dialogs.Tests.Support;

namespace TrierBot.Dialogs.Tests;

public class HandoffTests
{
    [Fact]
    public async Task Handoff_UserAsksForHumanMidDialog_SendsHandoffEventWithSummaryAndTranscript()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("Ich suche ein Praktikum im Handwerk in Trier-Nord");
        await bot.SayAsync("16");

        var replies = await bot.SayAsync("Ich will mit einem Menschen reden");

        var handoff = replies.Single(r => r.Type == ActivityTypes.Event);
        Assert.Equal(HandoffEventNames.InitiateHandoff, handoff.Name);
        var summary = JObject.FromObject(handoff.Value);
        Assert.Equal("CareerOrientation", summary["topic"]!.ToString());
        Assert.Equal(16, summary["age"]!.Value<int>());
        Assert.Equal("Trier-Nord", summary["district"]!.ToString());
        Assert.Equal("de", summary["language"]!.ToString());
        Assert.Contains("Handwerk", summary["searched"]!.ToString());
        var transcript = Assert.IsType<Transcript>(handoff.Attachments.Single().Content);
        Assert.Equal("Berufsorientierung", summary["team"]!.ToString());
        Assert.Contains(transcript.Activities, a => a.Text == "16" && a.From.Role == RoleTypes.User);
        Assert.Contains(transcript.Activities, a => a.Text?.StartsWith(Asks.Age, StringComparison.Ordinal) == true && a.From.Role == RoleTypes.Bot);
    }

    [Fact]
    public async Task Handoff_UserAsksForHuman_ToldWhatHappensNextAndShownContacts()
    {
        using var bot = new BotHarness();
        await bot.SayAsync("hallo");

        var replies = await bot.SayAsync("Mensch");

        replies.AssertContains("meldet sich die Person hier im Chat");
        replies.AssertContains("Du möchtest nicht warten?");
        replies.AssertContains("0651 9990-");
        replies.AssertContains(Asks.AnythingElse);
    }

    [Fact]
    public async Task Handoff_AsFirstMessageInEnglish_SummaryCarriesLanguage()
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync("I want to talk to a human please");

        var handoff = replies.Single(r => r.Type == ActivityTypes.Event);
        Assert.Equal("en", JObject.FromObject(handoff.Value)["language"]!.ToString());
        replies.AssertContains("As soon as someone is free");
    }

    [Fact]
    public async Task Handoff_AfterManyMessages_TranscriptHasTheMostRecentEndingWithTheRequest()
    {
        using var bot = new BotHarness();
        for (var i = 0; i < 40; i++)
        {
            await bot.SayAsync(i == 0 ? "erste nachricht" : "hallo");
        }

        var replies = await bot.SayAsync("Ich will mit einem Menschen reden");

        var transcript = Assert.IsType<Transcript>(replies.Single(r => r.Type == ActivityTypes.Event).Attachments.Single().Content);
        Assert.Equal(50, transcript.Activities.Count);
        Assert.DoesNotContain(transcript.Activities, a => a.Text == "erste nachricht");
        Assert.Equal("Ich will mit einem Menschen reden", transcript.Activities[^1].Text);
        Assert.Equal(RoleTypes.User, transcript.Activities[^1].From.Role);
    }

    [Fact]
    public async Task Handoff_AfterOfferCards_TranscriptCarriesCardTitles()
    {
        using var bot = new BotHarness();
        var offers = await bot.SayAsync("Ich bin 16 und suche ein Praktikum im Handwerk in Trier-Nord");
        var cardTitle = offers.SelectMany(r => r.Attachments ?? []).Select(a => a.Content).OfType<HeroCard>().First().Title;

        var replies = await bot.SayAsync("Ich will mit einem Menschen reden");

        var transcript = Assert.IsType<Transcript>(replies.Single(r => r.Type == ActivityTypes.Event).Attachments.Single().Content);
        Assert.Contains(transcript.Activities, a => a.Text.Contains(cardTitle, StringComparison.Ordinal) && a.From.Role == RoleTypes.Bot);
        Assert.All(transcript.Activities, a => Assert.Equal(ActivityTypes.Message, a.Type));
    }
}
