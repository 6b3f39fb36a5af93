using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using TrierBot.Channels.Tests.Support;
using TrierBot.Dialogs;

namespace TrierBot.Channels.Tests;

/// <summary>
/// Azure Bot Service channels: with MicrosoftAppId/Password/TenantId set, <c>/api/messages</c> of the real host
/// accepts only requests signed like the Bot Connector signs them, and answers through the Connector with the
/// bot's own token. The SDK reaches loopback fakes of the token services over https (a test certificate) through
/// the settings ConfigurationBotFrameworkAuthentication reads.
/// </summary>
public sealed class AzureChannelAuthenticationTests(AzureSignedHost fixture) : IClassFixture<AzureSignedHost>
{
    private const string AppId = AzureSignedHost.AppId;
    private const string Channel = AzureSignedHost.Channel;
    private readonly FakeBotFrameworkTokenService _tokens = fixture.Tokens;
    private readonly FakeBotConnector _connector = fixture.Connector;
    private readonly ChannelHost _host = fixture.Host;

    [Fact]
    public async Task Messages_Unsigned_Returns401AndNothingIsSent()
    {
        var conversation = NewConversationId();

        using var response = await PostAsync(conversation, bearer: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.PostedTo(conversation));
    }

    [Fact]
    public async Task Messages_SignedWithAnotherKey_Returns401AndNothingIsSent()
    {
        var conversation = NewConversationId();
        using var stranger = RSA.Create(2048);

        using var response = await PostAsync(conversation, _tokens.CreateToken(AppId, _connector.ServiceUrl, signWith: stranger));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.PostedTo(conversation));
    }

    [Fact]
    public async Task Messages_SignedForAnotherBot_Returns401AndNothingIsSent()
    {
        var conversation = NewConversationId();

        using var response = await PostAsync(conversation, _tokens.CreateToken("00000000-0000-0000-0000-0000000000ff", _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.PostedTo(conversation));
    }

    [Fact]
    public async Task Messages_CorrectlySigned_ReplyPostedToTheConnectorWithTheBotsOwnToken()
    {
        var conversation = NewConversationId();

        using var response = await PostAsync(conversation, _tokens.CreateToken(AppId, _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = _connector.PostedTo(conversation);
        Assert.Contains(replies, r => r.Body!["type"]!.GetValue<string>() == ActivityTypes.Message
            && r.Body["text"]?.GetValue<string>() == TrierActivityHandler.WelcomeText);
        Assert.All(replies, r => Assert.Equal("Bearer " + _tokens.BotAccessToken, r.Authorization));
        Assert.All(replies, r => Assert.StartsWith($"/v3/conversations/{conversation}/activities", r.Path, StringComparison.Ordinal));
        // The token is the bot's own: client credentials of its app registration, for the Bot Framework's audience.
        var tokenRequest = Assert.Single(_tokens.TokenRequests.DistinctBy(t => string.Join('&', t.OrderBy(f => f.Key))));
        Assert.Equal("client_credentials", tokenRequest["grant_type"]);
        Assert.Equal(AppId, tokenRequest["client_id"]);
        Assert.Equal(AzureSignedHost.AppPassword, tokenRequest["client_secret"]);
        Assert.Equal(AuthenticationConstants.ToChannelFromBotOAuthScope + "/.default", tokenRequest["scope"]);
    }

    [Fact]
    public async Task Messages_CorrectlySignedExpectReplies_Returns200WithTheBotsReplies()
    {
        using var response = await PostAsync(NewConversationId(), _tokens.CreateToken(AppId, _connector.ServiceUrl), expectReplies: true);

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonConvert.DeserializeObject<ExpectedReplies>(body)!.Activities;
        Assert.Contains(replies, a => a.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(a.Text));
    }

    private static string NewConversationId() => "a:fictional-conversation-" + Guid.NewGuid().ToString("N");

    private async Task<HttpResponseMessage> PostAsync(string conversationId, string? bearer, bool expectReplies = false)
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["text"] = "hallo",
            ["channelId"] = Channel,
            ["serviceUrl"] = _connector.ServiceUrl,
            ["from"] = new JObject { ["id"] = "29:fictional-user", ["role"] = "user" },
            ["recipient"] = new JObject { ["id"] = "28:" + AppId, ["role"] = "bot" },
            ["conversation"] = new JObject { ["id"] = conversationId },
            ["locale"] = "de-DE",
        };
        if (expectReplies)
        {
            activity["deliveryMode"] = DeliveryModes.ExpectReplies;
        }

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
