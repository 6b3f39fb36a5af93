using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using TrierBot.Hosting;

namespace TrierBot.Channels.Tests.Support;

/// <summary>
/// One real host with app credentials, the loopback token services and a loopback Connector for all tests here
/// (a host start costs seconds).
/// </summary>
public sealed class AzureSignedHost : IAsyncLifetime
{
    public const string AppId = "00000000-0000-0000-0000-0000000000a1";
    public const string AppPassword = "fictional-client-secret";
    public const string Channel = "msteams";
    public const string TenantId = "00000000-0000-0000-0000-0000000000b2";

    public FakeBotFrameworkTokenService Tokens { get; private set; } = null!;

    public FakeBotConnector Connector { get; private set; } = null!;

    public ChannelHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Tokens = await FakeBotFrameworkTokenService.StartAsync(Channel, "telegram", "webchat");
        Tokens.LetTheSdkFetchMetadata();
        Connector = await FakeBotConnector.StartAsync();
        Host = await ChannelHost.StartAsync(new Dictionary<string, string>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = AppPassword,
            ["MicrosoftAppTenantId"] = TenantId,
            ["ToBotFromChannelOpenIdMetadataUrl"] = Tokens.MetadataUrl,
            ["ToBotFromChannelTokenIssuer"] = FakeBotFrameworkTokenService.Issuer,
            // The bot's own token from the loopback Entra ID; authority validation would ask login.microsoftonline.com.
            ["ToChannelFromBotLoginUrl"] = Tokens.LoginUrl(TenantId),
            ["ValidateAuthority"] = "false",
            // Once one of these is configured the SDK takes none from the public cloud: the rest as Azure's.
            ["ToChannelFromBotOAuthScope"] = AuthenticationConstants.ToChannelFromBotOAuthScope,
            ["OAuthUrl"] = AuthenticationConstants.OAuthUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
            ["CallerId"] = CallerIdConstants.PublicAzureChannel,
        }, configure: builder => builder.Services.AddHttpClient(BotEndpointHosting.TokenHttpClientName)
            .ConfigurePrimaryHttpMessageHandler((handler, _) => Tokens.Certificate.TrustedBy((SocketsHttpHandler)handler)));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        await Tokens.DisposeAsync();
    }
}
