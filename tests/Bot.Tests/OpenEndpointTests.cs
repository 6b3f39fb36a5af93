using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace TrierBot.Bot.Tests;

/// <summary>
/// <c>/api/messages</c> with authentication off (no MicrosoftAppId) over real HTTP: only the Emulator and test
/// channels, only from loopback, replies only to loopback; a channel our own adapters serve is refused with 403.
/// </summary>
public sealed class OpenEndpointTests : IAsyncLifetime
{
    private LoopbackHost _host = null!;

    public async Task InitializeAsync() => _host = await LoopbackHost.StartAsync(settings: new Dictionary<string, string>
    {
        ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("directline")]
    [InlineData("webchat")]
    [InlineData("telegram")]
    [InlineData("whatsapp")]
    [InlineData("msteams")]
    [InlineData("")]
    public async Task Post_AuthOffForeignOrOwnChannel_Returns403WithReason(string channelId)
    {
        using var response = await PostAsync(Activity(channelId, "c-" + channelId));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("emulator, test", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("http://203.0.113.7/")]
    [InlineData("https://example.org/api/")]
    [InlineData("ftp://127.0.0.1/")]
    public async Task Post_AuthOffServiceUrlNotLocal_Returns403(string serviceUrl)
    {
        var activity = Activity("emulator", "c-ssrf");
        activity["serviceUrl"] = serviceUrl;
        activity.Remove("deliveryMode");

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("ReplyHosts", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_AuthOffConfiguredReplyHost_Accepted()
    {
        await _host.DisposeAsync();
        _host = await LoopbackHost.StartAsync(settings: new Dictionary<string, string> { ["BotEndpoint:ReplyHosts:0"] = "bot-emulator.example.org" });
        var activity = Activity("emulator", "c-replyhost");
        activity["serviceUrl"] = "https://bot-emulator.example.org/";

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_AuthOffClientBehindConfiguredProxy_Returns403()
    {
        using var response = await PostAsync(Activity("emulator", "c-remote"), forwardedFor: "203.0.113.9");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("local callers", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_AuthOffForwardedByUnknownProxy_Returns403()
    {
        await _host.DisposeAsync();
        _host = await LoopbackHost.StartAsync();

        using var response = await PostAsync(Activity("emulator", "c-proxy"), forwardedFor: "203.0.113.9");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_AuthOffClientInConfiguredNetwork_Accepted()
    {
        await _host.DisposeAsync();
        _host = await LoopbackHost.StartAsync(settings: new Dictionary<string, string>
        {
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
            ["BotEndpoint:OpenNetworks:0"] = "198.51.100.0/24",
        });

        using var inside = await PostAsync(Activity("emulator", "c-lan"), forwardedFor: "198.51.100.20");
        using var outside = await PostAsync(Activity("emulator", "c-lan"), forwardedFor: "198.51.101.20");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden), (inside.StatusCode, outside.StatusCode));
    }

    [Theory]
    [InlineData("emulator")]
    [InlineData("test")]
    public async Task Post_AuthOffLocalEmulatorOrTest_Answers(string channelId)
    {
        var replies = await new BotClient(_host.Client, "c-local-" + channelId, channelId).SayTextsAsync("hallo");

        Assert.NotEmpty(replies);
    }

    [Fact]
    public async Task Start_ProductionWithAuthOff_LogsWarning()
    {
        await _host.DisposeAsync();
        var logs = new CapturedLogs();
        _host = await LoopbackHost.StartAsync(settings: new Dictionary<string, string> { ["environment"] = "Production" }, configure: b => b.Logging.AddProvider(logs));

        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Authentication is off") && e.Message.Contains("/api/messages"));
    }

    [Fact]
    public async Task Start_DevelopmentWithAuthOff_NoWarning()
    {
        await _host.DisposeAsync();
        var logs = new CapturedLogs();
        _host = await LoopbackHost.StartAsync(settings: new Dictionary<string, string> { ["environment"] = "Development" }, configure: b => b.Logging.AddProvider(logs));

        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("Authentication is off"));
    }

    private static JObject Activity(string channelId, string conversationId, string text = "hallo") => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["channelId"] = channelId,
        ["from"] = new JObject { ["id"] = "user-" + conversationId, ["role"] = "user" },
        ["recipient"] = new JObject { ["id"] = "trierbot", ["role"] = "bot" },
        ["conversation"] = new JObject { ["id"] = conversationId },
        ["deliveryMode"] = "expectReplies",
        ["locale"] = "de-DE",
    };

    private Task<HttpResponseMessage> PostAsync(JObject activity, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToString(), Encoding.UTF8, "application/json") };
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return _host.Client.SendAsync(request);
    }
}
