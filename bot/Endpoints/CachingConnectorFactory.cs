using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace TrierBot.Endpoints;

/// <summary>One turn's connector factory: the SDK's, with its clients kept per app, channel service and audience.</summary>
public sealed class CachingConnectorFactory(CachingBotFrameworkAuthentication cache, ConnectorFactory inner, string appId) : ConnectorFactory
{
    public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
    {
        var key = $"connector|{appId}|{audience}|{serviceUrl}";
        if (cache.TryGet(key, out var cached) && cached is not null)
        {
            return cached;
        }

        var client = new SharedConnectorClient(await inner.CreateAsync(serviceUrl, audience, cancellationToken));
        return cache.Keep<IConnectorClient>(key, client);
    }
}
