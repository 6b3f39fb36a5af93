using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TrierBot.Bot.Tests;

public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private LoopbackHost _host = null!;

    public async Task InitializeAsync() => _host = await LoopbackHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_ExpectRepliesMessage_ReturnsGermanRepliesInline()
    {
        var client = new BotClient(_host.Client, "c-welcome");

        var replies = await client.SayAsync("hallo");

        var messages = replies.Where(a => a.Type == ActivityTypes.Message).ToList();
        Assert.NotEmpty(messages);
        Assert.Contains(messages, m => m.Text?.Contains("Trier", StringComparison.Ordinal) == true);
        Assert.All(messages, m => Assert.Equal("c-welcome", m.Conversation.Id));
    }

    [Theory]
    [InlineData("test")]
    [InlineData("emulator")]
    public async Task Post_AskForAHuman_SendsHandoffEventAndATextWithoutError(string channelId)
    {
        var client = new BotClient(_host.Client, $"c-human-{channelId}", channelId);

        var replies = await client.SayAsync("ich will mit einem menschen reden");

        Assert.Contains(replies, a => a.Type == ActivityTypes.Event && a.Name == HandoffEventNames.InitiateHandoff);
        var texts = replies.Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text).ToList();
        Assert.NotEmpty(texts);
        Assert.DoesNotContain(TrierBot.Endpoints.TrierCloudAdapter.ErrorText, texts);
    }

    [Fact]
    public async Task Post_TestChannel_SendsNoTraces()
    {
        var client = new BotClient(_host.Client, "c-traces");

        var replies = await client.SayAsync("ich suche ein praktikum");

        Assert.DoesNotContain(replies, a => a.Type == ActivityTypes.Trace);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("\"text\"")]
    [InlineData("")]
    public async Task Post_MalformedJson_Returns400(string body)
    {
        using var response = await new BotClient(_host.Client, "c").PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"text":"hallo","conversation":{"id":"c1"},"deliveryMode":"expectReplies"}""")]
    [InlineData("""{"type":"message","text":"hallo","deliveryMode":"expectReplies"}""")]
    [InlineData("""{"type":"message","text":"hallo","conversation":{},"deliveryMode":"expectReplies"}""")]
    [InlineData("""{"type":"message","text":"hallo","conversation":{"id":"c1"}}""")]
    [InlineData("""{"type":"message","text":"hallo","conversation":{"id":"c1"},"serviceUrl":"not a url"}""")]
    public async Task Post_ActivityMissingRequiredFields_Returns400(string body)
    {
        using var response = await new BotClient(_host.Client, "c").PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("application/problem+json", response.Content.Headers.ContentType?.ToString());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.e30.c2ln")]
    [InlineData("abc.def.ghi")]
    [InlineData("a.b")]
    [InlineData("....")]
    public async Task Post_BearerTokenWhileAuthOff_Returns401(string bearer)
    {
        var client = new BotClient(_host.Client, "c-auth");

        using var response = await client.PostRawAsync(client.MessageJson("hallo"), bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOver256KiB_Returns413()
    {
        var client = new BotClient(_host.Client, "c-big");
        var json = client.MessageJson(new string('a', 300 * 1024));

        using var response = await client.PostRawAsync(json);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_MessageWithoutServiceUrl_RepliesInline()
    {
        using var response = await new BotClient(_host.Client, "c").PostRawAsync(
            """{"type":"message","text":"hallo","from":{"id":"u"},"conversation":{"id":"c-nourl"},"channelId":"test","deliveryMode":"expectReplies"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"activities\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_Started_ReportsHealthy()
    {
        using var response = await _host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
