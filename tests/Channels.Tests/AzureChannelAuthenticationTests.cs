using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using TrierBot.Channels.Tests.Support;

namespace TrierBot.Channels.Tests;

/// <summary>
/// Azure Bot Service channels: with MicrosoftAppId/Password/TenantId set, <c>/api/messages</c> of the real host
/// accepts only requests signed like the Bot Connector signs them. The SDK is pointed at a loopback OpenID
/// metadata document through the settings ConfigurationBotFrameworkAuthentication reads.
/// </summary>
public sealed class AzureChannelAuthenticationTests(AzureSignedHost fixture) : IClassFixture<AzureSignedHost>
{
    private const string AppId = AzureSignedHost.AppId;
    private const string ChannelServiceUrl = "https://channel.example.org/";
    private const string Channel = AzureSignedHost.Channel;
    private readonly FakeBotFrameworkTokenService _tokens = fixture.Tokens;
    private readonly ChannelHost _host = fixture.Host;

    [Fact]
    public async Task Messages_Unsigned_Returns401()
    {
        using var response = await PostAsync(bearer: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Messages_SignedWithAnotherKey_Returns401()
    {
        using var stranger = RSA.Create(2048);

        using var response = await PostAsync(_tokens.CreateToken(AppId, ChannelServiceUrl, signWith: stranger));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Messages_SignedForAnotherBot_Returns401()
    {
        using var response = await PostAsync(_tokens.CreateToken("00000000-0000-0000-0000-0000000000ff", ChannelServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Messages_CorrectlySigned_Returns200WithTheBotsReplies()
    {
        using var response = await PostAsync(_tokens.CreateToken(AppId, ChannelServiceUrl));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonConvert.DeserializeObject<ExpectedReplies>(body)!.Activities;
        Assert.Contains(replies, a => a.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(a.Text));
    }

    private async Task<HttpResponseMessage> PostAsync(string? bearer)
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["text"] = "hallo",
            ["channelId"] = Channel,
            ["serviceUrl"] = ChannelServiceUrl,
            ["from"] = new JObject { ["id"] = "29:fictional-user", ["role"] = "user" },
            ["recipient"] = new JObject { ["id"] = "28:" + AppId, ["role"] = "bot" },
            ["conversation"] = new JObject { ["id"] = "a:fictional-conversation-" + Guid.NewGuid().ToString("N") },
            ["deliveryMode"] = "expectReplies",
            ["locale"] = "de-DE",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToString(), Encoding.UTF8, "application/json"),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await _host.Http.SendAsync(request);
    }
}
