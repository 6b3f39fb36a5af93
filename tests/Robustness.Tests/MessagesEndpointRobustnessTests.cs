using System.Diagnostics;
using System.Net;
using Newtonsoft.Json.Linq;
using TrierBot.Dialogs.Knowledge;
using TrierBot.Understanding;

namespace TrierBot.Robustness.Tests;

/// <summary>The hostile corpus through <c>/api/messages</c> (expectReplies) on the real host.</summary>
public sealed class MessagesEndpointRobustnessTests(HostFixture fixture, ITestOutputHelper output) : IClassFixture<HostFixture>
{
    public const string NormalMessage = "ich suche ein praktikum";

    // enough to reach every dialog state the corpus can cause, few enough that a failure is easy to place
    private const int InputsPerConversation = 25;

    [Fact]
    public async Task PostActivity_HostileCorpus_NoServerErrorNoApologyAndNextMessageAnswered()
    {
        var report = new RobustnessReport("/api/messages");
        foreach (var batch in HostileCorpus.All.Chunk(InputsPerConversation))
        {
            var client = new BotEndpointClient(fixture.Host.Client);
            foreach (var input in batch)
            {
                report.Count();
                try
                {
                    var elapsed = Stopwatch.StartNew();
                    var (status, replies, body) = await client.PostAsync(client.ActivityFor(input));
                    if ((int)status >= 500) report.Fail(input.Name, $"HTTP {(int)status} {Shorten(body)}");
                    else if (BotEndpointClient.Texts(replies).FirstOrDefault(RobustnessReport.IsApology) is { } apology) report.Fail(input.Name, apology);
                    else if (elapsed.Elapsed > RobustnessReport.SlowTurn) report.Fail(input.Name, $"took {elapsed.ElapsedMilliseconds} ms");
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    report.Fail(input.Name, exception.Message);
                }
            }

            await CheckNormalMessageAnsweredAsync(client, report, $"after {batch[0].Name} … {batch[^1].Name}");
        }

        report.AssertNoFailures(output);
    }

    [Theory]
    [InlineData("🍕")]
    [InlineData("👍")]
    [InlineData("15 🙂")]
    [InlineData("𝐩𝐫𝐚𝐤𝐭𝐢𝐤𝐮𝐦")]
    [InlineData("\ud83d")]
    [InlineData("ich bin ١٥")]
    public async Task PostActivity_EmojiOrUnicode_AnsweredWithoutApology(string text)
    {
        var client = new BotEndpointClient(fixture.Host.Client);

        var (status, replies, _) = await client.PostAsync(client.Message(text));

        Assert.Equal(HttpStatusCode.OK, status);
        var texts = BotEndpointClient.Texts(replies);
        Assert.NotEmpty(texts);
        Assert.DoesNotContain(texts, RobustnessReport.IsApology);
    }

    [Fact]
    public async Task PostActivity_MathLetterWish_AnsweredLikeThePlainWish()
    {
        var plain = new BotEndpointClient(fixture.Host.Client);
        var fancy = new BotEndpointClient(fixture.Host.Client);

        var plainTexts = BotEndpointClient.Texts((await plain.PostAsync(plain.Message(NormalMessage))).Replies);
        var fancyTexts = BotEndpointClient.Texts((await fancy.PostAsync(fancy.Message("ich suche ein 𝐩𝐫𝐚𝐤𝐭𝐢𝐤𝐮𝐦"))).Replies);

        Assert.Equal(plainTexts, fancyTexts);
    }

    public static TheoryData<string> CardValues() => new()
    {
        "\"text\"", "42", "3.5", "true", "null", "[]", "[1,\"zwei\"]", "{}", "{\"action\":5}", "{\"action\":[\"details\"]}",
        "{\"action\":{\"a\":1}}", "{\"action\":\"unknown\"}", "\"{not json\"",
    };

    [Theory]
    [MemberData(nameof(CardValues))]
    public async Task PostActivity_CardValueNotOurObject_AnsweredAsText(string valueJson)
    {
        // inside a running conversation, where a click would be answered
        var clicked = new BotEndpointClient(fixture.Host.Client);
        await clicked.PostAsync(clicked.Message(NormalMessage));
        var typed = new BotEndpointClient(fixture.Host.Client);
        await typed.PostAsync(typed.Message(NormalMessage));
        var activity = clicked.Message("16");
        activity["value"] = JToken.Parse(valueJson);

        var (status, replies, body) = await clicked.PostAsync(activity);

        Assert.True(status == HttpStatusCode.OK, $"HTTP {(int)status}: {Shorten(body)}");
        var texts = BotEndpointClient.Texts(replies);
        Assert.DoesNotContain(texts, RobustnessReport.IsApology);
        Assert.Equal(BotEndpointClient.Texts((await typed.PostAsync(typed.Message("16"))).Replies), texts);
        Assert.NotEmpty(texts);
    }

    [Fact]
    public async Task PostActivity_256KiBWithDatesAtBothEnds_RecognizerReadsTheLimitAndAnswersFast()
    {
        // the Emulator's channel: the only one that gets the recognizer and search traces
        var client = new BotEndpointClient(fixture.Host.Client, BotTraces.EmulatorChannel);
        await client.PostAsync(client.Message("hallo"));
        var filler = string.Concat(Enumerable.Repeat("praktikum in trier ", 250 * 1024 / 19));
        var text = "nächsten samstag " + filler + " im dezember am wochenende";

        var elapsed = Stopwatch.StartNew();
        var (status, replies, body) = await client.PostAsync(client.Message(text));
        elapsed.Stop();

        Assert.True(status == HttpStatusCode.OK, $"HTTP {(int)status}: {Shorten(body)}");
        var trace = Assert.Single(replies, a => (string?)a["name"] == BotTraces.RecognizerTraceName);
        var read = (string)trace["value"]!["text"]!;
        Assert.True(read.Length <= MessageLimits.MaxRecognizedChars, $"the recognizer read {read.Length} chars");
        Assert.StartsWith("nächsten samstag", read);
        Assert.All(replies.Where(a => (string?)a["name"] == BotTraces.SearchTraceName),
            search => Assert.True(((string)search["value"]!["query"]!).Split(' ').Length <= MessageLimits.MaxSearchWords));
        var texts = BotEndpointClient.Texts(replies);
        Assert.NotEmpty(texts);
        Assert.DoesNotContain(texts, RobustnessReport.IsApology);
        // the whole turn, JSON of 250 KiB both ways included; it cost 4.4 s of CPU in the recognizer alone before
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(2), $"took {elapsed.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task PostActivity_TenThousandWordsToTheSearch_AnsweredWithResults()
    {
        var client = new BotEndpointClient(fixture.Host.Client, BotTraces.EmulatorChannel);
        var text = "welche kurse gibt es " + string.Join(' ', Enumerable.Range(0, 10_000).Select(i => i % 2 == 0 ? "deutschkurs" : "sprachkurs" + i));

        var (status, replies, body) = await client.PostAsync(client.Message(text));

        Assert.True(status == HttpStatusCode.OK, $"HTTP {(int)status}: {Shorten(body)}");
        Assert.DoesNotContain(BotEndpointClient.Texts(replies), RobustnessReport.IsApology);
        Assert.NotEmpty(BotEndpointClient.Texts(replies));
    }

    internal static async Task CheckNormalMessageAnsweredAsync(BotEndpointClient client, RobustnessReport report, string where)
    {
        var (status, replies, body) = await client.PostAsync(client.Message(NormalMessage));
        var texts = BotEndpointClient.Texts(replies);
        var cards = replies.Count(a => a["attachments"] is JArray { Count: > 0 });
        if (status != HttpStatusCode.OK) report.Fail(NormalMessage + " " + where, $"HTTP {(int)status} {Shorten(body)}");
        else if (texts.Any(RobustnessReport.IsApology)) report.Fail(NormalMessage + " " + where, "apology");
        else if (texts.All(string.IsNullOrWhiteSpace) && cards == 0) report.Fail(NormalMessage + " " + where, "no answer");
    }

    internal static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
