using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Connector.Authentication;
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
public sealed class AzureChannelAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "00000000-0000-0000-0000-0000000000a1";
    private const string ChannelServiceUrl = "https://channel.example.org/";
    private const string Channel = "msteams";
    private const string TenantId = "00000000-0000-0000-0000-0000000000b2";
    private FakeBotFrameworkTokenService _tokens = null!;
    private ChannelHost _host = null!;

    public async Task InitializeAsync()
    {
        _tokens = await FakeBotFrameworkTokenService.StartAsync(Channel, "telegram", "webchat");
        _host = await ChannelHost.StartAsync(new Dictionary<string, string>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "fictional-client-secret",
            ["MicrosoftAppTenantId"] = TenantId,
            ["ToBotFromChannelOpenIdMetadataUrl"] = _tokens.MetadataUrl,
            ["ToBotFromChannelTokenIssuer"] = FakeBotFrameworkTokenService.Issuer,
            // Once one of these is configured the SDK takes none from the public cloud: the rest as Azure's.
            ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/" + TenantId,
            ["ToChannelFromBotOAuthScope"] = AuthenticationConstants.ToChannelFromBotOAuthScope,
            ["OAuthUrl"] = AuthenticationConstants.OAuthUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
            ["CallerId"] = CallerIdConstants.PublicAzureChannel,
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _tokens.DisposeAsync();
    }

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
