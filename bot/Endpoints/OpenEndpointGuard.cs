using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using TrierBot.Channels.Telegram;
using TrierBot.Channels.WhatsApp;
using TrierBot.DirectLine;
using TrierBot.Handoff;

namespace TrierBot.Endpoints;

/// <summary>
/// <c>/api/messages</c> without authentication is for the Emulator and local tools only: an activity is refused
/// unless its channel is an open one (never a channel our own adapters serve — a caller could continue, and erase,
/// a website or messenger user's conversation), it comes from loopback or a configured network, and its replies go
/// to a loopback or configured host (else anyone could make the bot send requests to any address).
/// </summary>
public sealed class OpenEndpointGuard
{
    private readonly HashSet<string> _openChannels;
    private readonly IPNetwork[] _openNetworks;
    private readonly HashSet<string> _replyHosts;

    public OpenEndpointGuard(IOptions<BotEndpointOptions> options, IOptions<DirectLineOptions> directLine, IEnumerable<ChannelAdapterRegistration> registrations, IConfiguration configuration)
    {
        AuthenticationOff = string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);
        var served = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "directline", "webchat", TelegramAdapter.Channel, WhatsAppAdapter.Channel, directLine.Value.ChannelId };
        served.UnionWith(registrations.Select(r => r.ChannelId));
        _openChannels = new HashSet<string>(options.Value.OpenChannels.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()), StringComparer.OrdinalIgnoreCase);
        _openChannels.ExceptWith(served);
        _openNetworks = [.. options.Value.OpenNetworks.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => IPNetwork.Parse(n.Trim()))];
        _replyHosts = new HashSet<string>(options.Value.ReplyHosts.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True without <c>MicrosoftAppId</c>: the SDK then accepts any caller, and this guard decides.</summary>
    public bool AuthenticationOff { get; }

    public IReadOnlyCollection<string> OpenChannels => _openChannels;

    /// <summary>Why the activity is refused, or null when it may go on (always null with authentication on).</summary>
    public string? Refuse(HttpContext http, Activity activity)
    {
        if (!AuthenticationOff) return null;
        if (string.IsNullOrWhiteSpace(activity.ChannelId) || !_openChannels.Contains(activity.ChannelId))
        {
            return $"Without authentication (no MicrosoftAppId) only the channels {string.Join(", ", _openChannels.Order())} are accepted.";
        }

        if (!IsOpenAddress(http))
        {
            return "Without authentication (no MicrosoftAppId) only local callers are accepted (see BotEndpoint:OpenNetworks).";
        }

        if (!string.IsNullOrWhiteSpace(activity.ServiceUrl) && activity.ServiceUrl != BotMessagesEndpoint.ExpectRepliesServiceUrl
            && (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || !IsReplyHost(serviceUrl)))
        {
            return "Without authentication (no MicrosoftAppId) replies go only to local addresses (see BotEndpoint:ReplyHosts); use deliveryMode expectReplies without a serviceUrl.";
        }

        return null;
    }

    // A forwarding header still present means a proxy that UseForwardedHeaders does not trust passed the request on:
    // its loopback address says nothing about the client.
    private bool IsOpenAddress(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (address is null) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address))
        {
            var headers = http.Request.Headers;
            return !headers.ContainsKey("X-Forwarded-For") && !headers.ContainsKey("Forwarded");
        }

        return _openNetworks.Any(n => n.Contains(address));
    }

    private bool IsReplyHost(Uri serviceUrl) =>
        serviceUrl.Scheme is "http" or "https"
        && (serviceUrl.IsLoopback || _replyHosts.Contains(serviceUrl.Host));
}
