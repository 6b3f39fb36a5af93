using System.Net;
using Microsoft.Extensions.Options;

namespace TrierBot.Metrics;

/// <summary>
/// Lets only the operators' scraper read <c>/metrics</c>: a caller on loopback that no proxy forwarded, or one in
/// <see cref="MetricsOptions.AllowedNetworks"/>. Behind a trusted proxy the client's own address counts (forwarded
/// headers run first), so the public internet never reaches the figures; everyone else gets 403.
/// </summary>
public sealed class MetricsAccessGuard
{
    private readonly IPNetwork[] _allowed;

    public MetricsAccessGuard(IOptions<MetricsOptions> options)
    {
        _allowed = [.. options.Value.AllowedNetworks.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => IPNetwork.Parse(n.Trim()))];
    }

    public bool Allows(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is null) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address))
        {
            // A forwarding header still present: an untrusted proxy on this machine passed the request on.
            var headers = http.Request.Headers;
            return !headers.ContainsKey("X-Forwarded-For") && !headers.ContainsKey("Forwarded");
        }

        return _allowed.Any(n => n.Contains(address));
    }
}
