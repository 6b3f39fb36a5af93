using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using TrierBot.Endpoints;

namespace TrierBot.Bot.Tests;

public sealed class CachingBotFrameworkAuthenticationTests
{
    private const string ServiceUrl = "https://channel.example.org/";

    [Fact]
    public async Task CreateConnector_SecondTurnAfterTheFirstDisposedItsClient_GetsTheSameWorkingClient()
    {
        using var auth = new CachingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build()));

        var first = await ConnectorForTurnAsync(auth, ServiceUrl);
        first.Dispose();
        var second = await ConnectorForTurnAsync(auth, ServiceUrl);

        Assert.Same(first, second);
        Assert.Equal(new Uri(ServiceUrl), second.BaseUri);
        Assert.NotNull(second.Conversations);
    }

    [Fact]
    public async Task CreateConnector_OtherChannelService_GetsItsOwnClient()
    {
        using var auth = new CachingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build()));

        var first = await ConnectorForTurnAsync(auth, ServiceUrl);
        var other = await ConnectorForTurnAsync(auth, "https://other.example.org/");

        Assert.NotSame(first, other);
        Assert.Equal(new Uri("https://other.example.org/"), other.BaseUri);
    }

    [Fact]
    public async Task CreateUserTokenClient_DisposedAfterATurn_SameClientServesTheNext()
    {
        using var auth = new CachingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build()));
        var identity = (await auth.AuthenticateRequestAsync(Message(ServiceUrl), "", CancellationToken.None)).ClaimsIdentity;

        var first = await auth.CreateUserTokenClientAsync(identity, CancellationToken.None);
        first.Dispose();
        var second = await auth.CreateUserTokenClientAsync(identity, CancellationToken.None);

        Assert.Same(first, second);
    }

    // As CloudAdapterBase does for every incoming activity.
    private static async Task<Microsoft.Bot.Connector.IConnectorClient> ConnectorForTurnAsync(BotFrameworkAuthentication auth, string serviceUrl)
    {
        var result = await auth.AuthenticateRequestAsync(Message(serviceUrl), "", CancellationToken.None);
        return await result.ConnectorFactory.CreateAsync(serviceUrl, result.Audience, CancellationToken.None);
    }

    private static Activity Message(string serviceUrl) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        ChannelId = "test",
        Conversation = new ConversationAccount(id: "c"),
    };
}
