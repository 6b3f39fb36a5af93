using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Caching.Memory;

namespace TrierBot.Endpoints;

/// <summary>
/// The SDK's authentication with the per-turn clients cached: <see cref="CloudAdapterBase"/> builds a
/// ConnectorClient and a UserTokenClient for every incoming activity (and disposes both after the turn), and
/// building one reads assembly attributes and OS details for its user agent — about a third of what the SDK
/// spends on a turn. The clients are thread-safe HTTP wrappers; the SDK's older BotFrameworkAdapter cached
/// its connector clients the same way. Validation itself is untouched: every request is still authenticated.
/// </summary>
/// <remarks>
/// Bounded: without authentication anyone may post any serviceUrl, so at most <see cref="MaxClients"/>
/// clients are kept, each for an hour after its last use. Evicted clients are left to the garbage collector:
/// a turn may still hold one, and their HttpClients come from the app's IHttpClientFactory.
/// </remarks>
public sealed class CachingBotFrameworkAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication, IDisposable
{
    public const int MaxClients = 1_000;
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(1);

    private readonly MemoryCache _clients = new(new MemoryCacheOptions { SizeLimit = MaxClients });

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await Unauthorized(() => inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken));
        result.ConnectorFactory = new CachingConnectorFactory(this, result.ConnectorFactory, AppIdOf(result.ClaimsIdentity));
        return result;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        var result = await Unauthorized(() => inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken));
        result.ConnectorFactory = new CachingConnectorFactory(this, result.ConnectorFactory, AppIdOf(result.ClaimsIdentity));
        return result;
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new CachingConnectorFactory(this, inner.CreateConnectorFactory(claimsIdentity), AppIdOf(claimsIdentity));

    public override async Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
    {
        var key = "token|" + AppIdOf(claimsIdentity);
        if (_clients.TryGetValue(key, out UserTokenClient? cached) && cached is not null)
        {
            return cached;
        }

        var client = new SharedUserTokenClient(await inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken));
        return Keep(key, client);
    }

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        Unauthorized(() => inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken));

    public void Dispose() => _clients.Dispose();

    /// <summary>
    /// A credential the SDK cannot even parse (e.g. <c>abc.def.ghi</c>: three dots but no JSON inside) escapes it as
    /// ArgumentException, JsonException or an IdentityModel exception; to the caller it is the same as a wrong one.
    /// Failures that are ours (metadata endpoint unreachable, cancellation) stay what they are.
    /// </summary>
    private static async Task<T> Unauthorized<T>(Func<Task<T>> authenticate)
    {
        try
        {
            return await authenticate();
        }
        catch (Exception ex) when (ex is not (UnauthorizedAccessException or OperationCanceledException or HttpRequestException))
        {
            throw new UnauthorizedAccessException("The request's credentials could not be read.", ex);
        }
    }

    internal T Keep<T>(string key, T client)
        where T : class
    {
        _clients.Set(key, client, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = KeepFor });
        return client;
    }

    internal bool TryGet(string key, out IConnectorClient? client) => _clients.TryGetValue(key, out client);

    // The claims the SDK builds its clients' credentials from (the caller's app id in v1 or v2 tokens, the audience).
    private static string AppIdOf(ClaimsIdentity? identity) =>
        identity is null ? "" : string.Join(",", identity.Claims.Where(c => c.Type is "appid" or "azp" or "aud").Select(c => $"{c.Type}={c.Value}"));
}
