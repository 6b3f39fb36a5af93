using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TrierBot.Dialogs.Tests.Support;

namespace TrierBot.Dialogs.Tests;

public class TraceTests
{
    [Fact]
    public async Task RecognizerTrace_EmulatorChannel_FollowsEveryInterpretedMessage()
    {
        using var bot = new BotHarness(channelId: "emulator");

        var replies = await bot.SayAsync("Ich bin 16 und suche ein Praktikum in Trier-Nord");

        var trace = replies.First(r => r.Type == ActivityTypes.Trace && r.Name == "TrierBot.Recognizer");
        Assert.Equal("RecognizerResult", trace.Label);
        Assert.Equal("https://www.botframework.com/schemas/recognizerResult", trace.ValueType);
        var result = JObject.FromObject(trace.Value);
        Assert.Equal("Ich bin 16 und suche ein Praktikum in Trier-Nord", result["text"]!.ToString());
        Assert.True(result["intents"]!["CareerOrientation"]!["score"]!.Value<double>() > 0.5);
        Assert.Equal(16, result["entities"]!["age"]![0]!.Value<int>());
        Assert.Equal("Trier-Nord", result["entities"]!["district"]![0]!.ToString());
    }

    [Fact]
    public async Task SearchTrace_EmulatorChannel_FollowsEveryKnowledgeLookupWithIdsInRankOrder()
    {
        // The in-test store: it records every query, so each lookup can be matched with its trace.
        using var bot = new BotHarness(channelId: "emulator", fakeKnowledge: true);

        var replies = await bot.SayAsync("Ich bin 15 und suche ein Praktikum im Handwerk in Trier-Nord");

        var traces = replies.Where(r => r.Type == ActivityTypes.Trace && r.Name == "TrierBot.Search").ToList();
        Assert.Equal(bot.Knowledge.Queries.Count, traces.Count);
        var offers = JObject.FromObject(traces[0].Value);
        Assert.Equal("https://trierbot/schemas/searchTrace", traces[0].ValueType);
        Assert.Equal("Knowledge search", traces[0].Label);
        Assert.Equal("retribus", offers["filters"]!["source"]![0]!.ToString());
        Assert.Equal(15, offers["filters"]!["age"]!.Value<int>());
        Assert.Equal("retribus:RB-1042", offers["results"]![0]!["id"]!.ToString());
        var cardIds = replies.Cards().SelectMany(c => c.Buttons).Select(b => (b.Value as JObject)?["id"]?.ToString()).Where(id => id is not null);
        var tracedIds = traces.SelectMany(t => JObject.FromObject(t.Value)["results"]!.Select(r => r["id"]!.ToString()));
        Assert.All(cardIds, id => Assert.Contains(id, tracedIds));
    }

    [Theory]
    [InlineData("test")]
    [InlineData("webchat")]
    [InlineData("directline")]
    public async Task Traces_OtherChannels_AreNeverSent(string channelId)
    {
        using var bot = new BotHarness(channelId: channelId);

        var replies = await bot.SayAsync("Ich bin 15 und suche ein Praktikum im Handwerk in Trier-Nord");

        Assert.DoesNotContain(replies, r => r.Type == ActivityTypes.Trace);
    }
}
