using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using TrierBot.Dialogs;
using TrierBot.DirectLine;

namespace TrierBot.Web.Tests;

/// <summary>The Direct Line 3.0 surface over real HTTP and WebSocket on loopback.</summary>
public sealed class DirectLineHttpTests
{
    private static readonly TimeSpan FrameTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task StartConversation_GeneratedToken_Returns201WithStreamUrlAndFreshToken()
    {
        await using var host = await LoopbackHost.StartAsync();
        using var client = new DirectLineTestClient(host);

        var conversation = await client.StartAsync();

        Assert.StartsWith($"ws://{host.BaseAddress.Authority}/v3/directline/conversations/{client.ConversationId}/stream?", (string)conversation["streamUrl"]!);
        Assert.True((int)conversation["expires_in"]! > 0);
    }

    [Fact]
    public async Task PostActivity_Echo_KeepsReturnedIdAndClientActivityId()
    {
        await using var host = await LoopbackHost.StartAsync();
        using var client = new DirectLineTestClient(host);
        await client.StartAsync();

        var id = await client.PostMessageAsync("Hallo", clientActivityId: "client-42");

        var (activities, _) = await client.GetActivitiesAsync();
        var echo = Assert.Single(activities, a => (string?)a["id"] == id);
        Assert.Equal("client-42", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal("Hallo", (string?)echo["text"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.Equal(client.UserId, (string?)echo["from"]!["id"]);
        Assert.Equal("directline", (string?)echo["channelId"]);
    }

    [Fact]
    public async Task PostActivity_BotReply_RepliesToDeliveredActivityOnly()
    {
        await using var host = await LoopbackHost.StartAsync();
        using var client = new DirectLineTestClient(host);
        await client.StartAsync();

        var id = await client.PostMessageAsync("Hallo");

        var (activities, _) = await client.GetActivitiesAsync();
        var delivered = activities.Select(a => (string?)a["id"]).ToHashSet();
        Assert.All(activities, a => Assert.True(a["replyToId"] is null || delivered.Contains((string?)a["replyToId"])));
        Assert.Contains(activities, a => (string?)a["replyToId"] == id && ((string?)a["text"])!.StartsWith(ShowcaseBot.EchoPrefix));
        Assert.DoesNotContain(activities, a => (string?)a["type"] == "conversationUpdate");
    }

    [Fact]
    public async Task StartConversation_StartedAndResumedAgain_WelcomesExactlyOnce()
    {
        await using var host = await LoopbackHost.StartAsync();
        using var client = new DirectLineTestClient(host);
        await client.StartAsync();

        var again = await client.SendAsync(HttpMethod.Post, "conversations");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, $"conversations/{client.ConversationId}?watermark=1")).StatusCode);
        await client.PostMessageAsync("Hallo");

        var (activities, _) = await client.GetActivitiesAsync();
        Assert.Single(activities, a => (string?)a["text"] == ShowcaseBot.WelcomeText);
        Assert.Equal("bot", (string?)activities[0]["from"]!["role"]);
    }

    [Fact]
    public async Task PostActivity_TrierBotTwoMessages_WelcomesExactlyOnce()
    {
        await using var host = await LoopbackHost.StartAsync(TestBotKind.Trier);
        using var client = new DirectLineTestClient(host);
        await client.StartAsync();

        await client.PostMessageAsync("Hallo");
        await client.PostMessageAsync("Was gibt es für Kurse?");

        var (activities, _) = await client.GetActivitiesAsync();
        Assert.Single(activities, a => (string?)a["text"] == TrierActivityHandler.WelcomeText);
        Assert.Equal(2, activities.Count(a => (string?)a["from"]!["role"] == "user"));
        Assert.True(activities.Count(a => (string?)a["from"]!["role"] == "bot") >= 2);
    }

    [Fact]
    public async Task GetActivities_EveryWatermark_ReplaysExactlyWhatCameAfter()
    {
        await using var host = await LoopbackHost.StartAsync();
        using var client = new DirectLineTestClient(host);
        await client.StartAsync();
        for (var i = 1; i <= 4; i++) await client.PostMessageAsync($"Nachricht {i}");

        var (all, last) = await client.GetActivitiesAsync();
        var ids = all.Select(a => (string)a["id"]!).ToList();
        var watermarks = ids.Select(id => long.Parse(id[(id.IndexOf('|') + 1)..])).ToList();

        Assert.Equal(Enumerable.Range(1, ids.Count).Select(i => (long)i), watermarks);
        Assert.Equal(watermarks[^1].ToString(), last);
        for (var w = 0; w <= ids.Count; w++)
        {
            var (rest, mark) = await client.GetActivitiesAsync(w.ToString());
            Assert.Equal(ids.Skip(w), rest.Select(a => (string)a["id"]!));
            Assert.Equal(last, mark);
        }
    }

    [Fact]
    public async Task Stream_FromWatermark_SendsBacklogThenLiveWithoutDuplicates()
    {
        await using var host = await LoopbackHost.StartAsync();
        using var client = new DirectLineTestClient(host);
        await client.StartAsync();
        await client.PostMessageAsync("eins");
        var (before, watermark) = await client.GetActivitiesAsync();

        using var socket = await client.ConnectStreamAsync("1");
        var backlog = await DirectLineTestClient.ReceiveFrameAsync(socket, FrameTimeout);
        Assert.Equal(before.Skip(1).Select(a => (string)a["id"]!), backlog!["activities"]!.Select(a => (string)a["id"]!));
        Assert.Equal(watermark, (string?)backlog["watermark"]);

        var id = await client.PostMessageAsync("zwei");
        var seen = new List<string>();
        while (!seen.Any(s => s.StartsWith(ShowcaseBot.EchoPrefix + "zwei")))
        {
            var frame = await DirectLineTestClient.ReceiveFrameAsync(socket, FrameTimeout);
            seen.AddRange(frame!["activities"]!.Select(a => (string?)a["text"] ?? ""));
            Assert.True(long.Parse((string)frame["watermark"]!) > long.Parse(watermark));
        }
        Assert.Equal(["zwei", ShowcaseBot.EchoPrefix + "zwei"], seen);
        Assert.Contains(id, (await client.GetActivitiesAsync(watermark)).Activities.Select(a => (string?)a["id"]));
    }

    [Fact]
    public async Task Conversation_TokenOfOtherConversation_Returns403ForReadPostAndStream()
    {
        await using var host = await LoopbackHost.StartAsync();
        using var a = new DirectLineTestClient(host);
        using var b = new DirectLineTestClient(host);
        await a.StartAsync();
        await b.StartAsync();

        var read = await a.SendAsync(HttpMethod.Get, $"conversations/{b.ConversationId}/activities");
        var post = await a.SendAsync(HttpMethod.Post, $"conversations/{b.ConversationId}/activities", DirectLineTestClient.Message("Hallo"));
        var resume = await a.SendAsync(HttpMethod.Get, $"conversations/{b.ConversationId}");
        using var socket = new ClientWebSocket();
        var stream = new Uri(host.BaseAddress, $"v3/directline/conversations/{b.ConversationId}/stream?t={Uri.EscapeDataString(a.Token!)}");
        var connect = await Assert.ThrowsAnyAsync<WebSocketException>(() => socket.ConnectAsync(new UriBuilder(stream) { Scheme = "ws" }.Uri, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, resume.StatusCode);
        Assert.Contains("403", connect.Message);
        Assert.DoesNotContain((await b.GetActivitiesAsync()).Activities, x => (string?)x["text"] == "Hallo");
    }

    [Theory]
    [InlineData("kein-token")]
    [InlineData("eyJjb252IjoiYSJ9.AAAA")]
    public async Task GetActivities_ForgedToken_Returns403(string token)
    {
        await using var host = await LoopbackHost.StartAsync();
        using var client = new DirectLineTestClient(host);
        await client.StartAsync();

        var response = await client.SendAsync(HttpMethod.Get, $"conversations/{client.ConversationId}/activities", bearer: token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task GetActivities_NoToken_Returns401()
    {
        await using var host = await LoopbackHost.StartAsync();
        using var client = new DirectLineTestClient(host);
        await client.StartAsync();
        client.Token = null;

        var response = await client.SendAsync(HttpMethod.Get, $"conversations/{client.ConversationId}/activities");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Retention_IdleConversation_IsDeleted()
    {
        await using var host = await LoopbackHost.StartAsync(settings: new Dictionary<string, string?> { ["DirectLine:Retention"] = "00:00:01" });
        using var client = new DirectLineTestClient(host);
        await client.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var purged = await host.Services.GetRequiredService<DirectLineConversations>().EraseExpiredAsync(DateTime.UtcNow, CancellationToken.None);

        Assert.Equal(1, purged);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Get, $"conversations/{client.ConversationId}/activities")).StatusCode);
    }

    [Fact]
    public async Task Conversation_ExpiredToken_Returns403()
    {
        // A clock moved by hand: a real one truncated to whole seconds left 0–1 s for the requests that must pass.
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        await using var host = await LoopbackHost.StartAsync(settings: new Dictionary<string, string?> { ["DirectLine:TokenLifetime"] = "00:10:00" }, clock: clock);
        using var client = new DirectLineTestClient(host);
        await client.StartAsync();
        clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, $"conversations/{client.ConversationId}/activities")).StatusCode);

        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Get, $"conversations/{client.ConversationId}/activities")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Post, "tokens/refresh")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities", DirectLineTestClient.Message("Hallo"))).StatusCode);
    }

    [Fact]
    public async Task Conversation_NotStarted_Returns404()
    {
        await using var host = await LoopbackHost.StartAsync();
        using var client = new DirectLineTestClient(host);
        var generated = await DirectLineTestClient.ReadAsync(await client.SendAsync(HttpMethod.Post, "tokens/generate"));
        client.Token = (string)generated["token"]!;
        var conversationId = (string)generated["conversationId"]!;

        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Get, $"conversations/{conversationId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Get, $"conversations/{conversationId}/activities")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Post, $"conversations/{conversationId}/activities", DirectLineTestClient.Message("Hallo"))).StatusCode);
    }

    [Fact]
    public async Task Conversation_SecretHolderUnknownConversation_Returns404()
    {
        const string secret = "test-secret-not-real";
        await using var host = await LoopbackHost.StartAsync(settings: new Dictionary<string, string?> { ["DirectLine:Secret"] = secret });
        using var client = new DirectLineTestClient(host);

        var unknown = await client.SendAsync(HttpMethod.Get, "conversations/aaaaaaaaaaaaaaaaaaaaaaaa/activities", bearer: secret);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task GenerateToken_SecretConfigured_RequiresTheSecret()
    {
        const string secret = "test-secret-not-real";
        await using var host = await LoopbackHost.StartAsync(settings: new Dictionary<string, string?> { ["DirectLine:Secret"] = secret });
        using var client = new DirectLineTestClient(host);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(HttpMethod.Post, "tokens/generate")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Post, "tokens/generate", bearer: "falsch")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(HttpMethod.Post, "conversations")).StatusCode);
        var started = await client.SendAsync(HttpMethod.Post, "conversations", bearer: secret);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var generated = await client.SendAsync(HttpMethod.Post, "tokens/generate", bearer: secret);
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
    }

    [Fact]
    public async Task PostActivity_OverPerTokenLimit_Returns429WithRetryAfter()
    {
        await using var host = await LoopbackHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["DirectLine:PermitsPerToken"] = "5",
            ["DirectLine:RateLimitWindow"] = "00:01:00",
        });
        using var client = new DirectLineTestClient(host);
        await client.StartAsync();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? rejected = null;
        for (var i = 0; i < 8; i++)
        {
            var response = await client.SendAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities", DirectLineTestClient.Message($"Nachricht {i}"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) rejected ??= response;
        }

        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.NotNull(rejected);
        Assert.True(rejected.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After missing");
        using var other = new DirectLineTestClient(host);
        await other.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await other.SendAsync(HttpMethod.Get, $"conversations/{other.ConversationId}/activities")).StatusCode);
    }

    [Fact]
    public async Task GenerateToken_OverPerIpLimit_Returns429WithRetryAfter()
    {
        await using var host = await LoopbackHost.StartAsync(settings: new Dictionary<string, string?> { ["DirectLine:PermitsPerIp"] = "3" });
        using var client = new DirectLineTestClient(host);

        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++) statuses.Add(await client.SendAsync(HttpMethod.Post, "tokens/generate"));

        Assert.Equal(3, statuses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(statuses.Skip(3), r => Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode));
        Assert.NotNull(statuses[^1].Headers.RetryAfter);
    }

    [Fact]
    public async Task PostActivity_Oversized_Returns413AndStoresNothing()
    {
        await using var host = await LoopbackHost.StartAsync(settings: new Dictionary<string, string?> { ["DirectLine:MaxActivityBytes"] = "4096" });
        using var client = new DirectLineTestClient(host);
        await client.StartAsync();
        var (before, _) = await client.GetActivitiesAsync();

        var response = await client.SendAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/activities", DirectLineTestClient.Message(new string('a', 5000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before.Count, (await client.GetActivitiesAsync()).Activities.Count);
    }

    [Fact]
    public async Task Upload_FileWithActivity_EchoesAttachmentThatCanBeDownloaded()
    {
        await using var host = await LoopbackHost.StartAsync();
        using var client = new DirectLineTestClient(host);
        await client.StartAsync();
        using var form = new MultipartFormDataContent();
        var activity = new StringContent(DirectLineTestClient.Message("Mein Zeugnis", "upload-1"));
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var file = new ByteArrayContent("Zeugnis (Demo)"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "zeugnis.txt");

        var response = await client.SendAsync(HttpMethod.Post, $"conversations/{client.ConversationId}/upload?userId={client.UserId}", content: form);
        var id = (string)(await DirectLineTestClient.ReadAsync(response))["id"]!;

        var echo = (await client.GetActivitiesAsync()).Activities.Single(a => (string?)a["id"] == id);
        Assert.Equal("upload-1", (string?)echo["channelData"]!["clientActivityID"]);
        var attachment = Assert.Single((JArray)echo["attachments"]!);
        Assert.Equal("zeugnis.txt", (string?)attachment["name"]);
        using var http = new HttpClient();
        Assert.Equal("Zeugnis (Demo)", await http.GetStringAsync((string)attachment["contentUrl"]!));
    }

    [Fact]
    public async Task Host_Restarted_ResumesHistoryWatermarksAndTokens()
    {
        var dataFolder = Directory.CreateTempSubdirectory("trierbot-web-").FullName;
        string token, conversationId, lastBefore;
        await using (var first = await LoopbackHost.StartAsync(dataFolder: dataFolder))
        {
            using var client = new DirectLineTestClient(first);
            await client.StartAsync();
            await client.PostMessageAsync("vor dem Neustart");
            (_, lastBefore) = await client.GetActivitiesAsync();
            (token, conversationId) = (client.Token!, client.ConversationId!);
        }

        await using var second = await LoopbackHost.StartAsync(dataFolder: dataFolder);
        using var resumed = new DirectLineTestClient(second) { Token = token, ConversationId = conversationId };
        Assert.Equal(HttpStatusCode.OK, (await resumed.SendAsync(HttpMethod.Get, $"conversations/{conversationId}")).StatusCode);
        var id = await resumed.PostMessageAsync("nach dem Neustart");

        var (history, _) = await resumed.GetActivitiesAsync();
        Assert.Contains(history, a => (string?)a["text"] == "vor dem Neustart");
        Assert.True(DirectLineIds.WatermarkOf(conversationId, id) > long.Parse(lastBefore));
        Assert.Single(history, a => (string?)a["text"] == ShowcaseBot.WelcomeText);
    }

    [Fact]
    public async Task SendToConversation_Counsellor_ArrivesInStreamWithBotRole()
    {
        await using var host = await LoopbackHost.StartAsync();
        using var client = new DirectLineTestClient(host);
        await client.StartAsync();
        var (_, watermark) = await client.GetActivitiesAsync();
        using var socket = await client.ConnectStreamAsync(watermark);
        var adapter = host.Services.GetRequiredService<DirectLineAdapter>();

        var counsellor = MessageFactory.Text("Hallo, hier ist Frau Beispiel vom Bildungsbüro.");
        counsellor.From = new ChannelAccount("counsellor-1", "Beraterin (Demo)");
        await adapter.SendToConversationAsync(client.ConversationId!, (Activity)counsellor);

        var frame = await DirectLineTestClient.ReceiveFrameAsync(socket, FrameTimeout);
        var activity = Assert.Single(frame!["activities"]!);
        Assert.Equal("bot", (string?)activity["from"]!["role"]);
        Assert.Equal("counsellor-1", (string?)activity["from"]!["id"]);
    }

    [Fact]
    public async Task ContinueConversation_ProactiveTurn_ReachesClient()
    {
        await using var host = await LoopbackHost.StartAsync();
        using var client = new DirectLineTestClient(host);
        await client.StartAsync();
        await client.PostMessageAsync("Hallo");
        var (activities, watermark) = await client.GetActivitiesAsync();
        var reference = activities.Last().ToObject<Activity>()!.GetConversationReference();
        var adapter = host.Services.GetRequiredService<DirectLineAdapter>();

        await adapter.ContinueConversationAsync("trierbot", reference,
            (turn, cancel) => turn.SendActivityAsync(MessageFactory.Text("Erinnerung: Beratung morgen um 10 Uhr (Demo)"), cancel), CancellationToken.None);

        var (after, _) = await client.GetActivitiesAsync(watermark);
        var reminder = Assert.Single(after);
        Assert.Equal("Erinnerung: Beratung morgen um 10 Uhr (Demo)", (string?)reminder["text"]);
        Assert.Null(reminder["replyToId"]);
    }

    [Fact]
    public async Task DeleteConversation_ByItsToken_RemovesHistory()
    {
        await using var host = await LoopbackHost.StartAsync();
        using var client = new DirectLineTestClient(host);
        await client.StartAsync();
        await client.PostMessageAsync("bitte vergessen");

        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(HttpMethod.Delete, $"conversations/{client.ConversationId}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(HttpMethod.Get, $"conversations/{client.ConversationId}/activities")).StatusCode);
    }

    [Theory]
    [InlineData("https://www.example.org", true)]
    [InlineData("https://evil.example.net", false)]
    public async Task Preflight_Origin_AllowedOnlyWhenConfigured(string origin, bool allowed)
    {
        await using var host = await LoopbackHost.StartAsync(settings: new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = "https://www.example.org" });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var request = new HttpRequestMessage(HttpMethod.Options, "v3/directline/conversations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        var response = await http.SendAsync(request);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Contains(origin));
    }
}
