using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace TrierBot.Channels.Tests.Support;

/// <summary>One host with app credentials and the loopback token service for all tests here (a host start costs seconds).</summary>
public sealed class AzureSignedHost : IAsyncLifetime
{
    public const string AppId = "00000000-0000-0000-0000-0000000000a1";
    public const string Channel = "msteams";
    private const string TenantId = "00000000-0000-0000-0000-0000000000b2";

    public FakeBotFrameworkTokenService Tokens { get; private set; } = null!;

    public ChannelHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Tokens = await FakeBotFrameworkTokenService.StartAsync(Channel, "telegram", "webchat");
        Host = await ChannelHost.StartAsync(new Dictionary<string, string>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "fictional-client-secret",
            ["MicrosoftAppTenantId"] = TenantId,
            ["ToBotFromChannelOpenIdMetadataUrl"] = Tokens.MetadataUrl,
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
        await Host.DisposeAsync();
        await Tokens.DisposeAsync();
    }
}
