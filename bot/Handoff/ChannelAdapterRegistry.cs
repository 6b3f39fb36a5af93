using Microsoft.Bot.Builder;
using TrierBot.Endpoints;

namespace TrierBot.Handoff;

/// <summary>
/// channelId → the adapter that serves it, for counsellor messages outside a user's turn. Channels without their
/// own registration (Emulator, Azure Bot Service channels) go through the SDK's CloudAdapter.
/// </summary>
public sealed class ChannelAdapterRegistry(IServiceProvider services, IEnumerable<ChannelAdapterRegistration> registrations, IConfiguration configuration)
{
    private readonly Dictionary<string, ChannelAdapterRegistration> _byChannel =
        registrations.GroupBy(r => r.ChannelId, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The adapter and bot app id for proactive messages to <paramref name="channelId"/>.</summary>
    public (BotAdapter Adapter, string BotAppId) Resolve(string channelId)
    {
        if (_byChannel.TryGetValue(channelId, out var registration))
        {
            return (registration.Adapter(services), registration.BotAppId);
        }

        // Telegram and WhatsApp: the messenger adapters know their own channel ids.
        if (services.GetService<TrierBot.Channels.MessengerChannelAdapters>()?.Find(channelId) is { } messenger)
        {
            return (messenger, "");
        }

        // The CloudAdapter's proactive send needs the bot's app id; empty means authentication is off.
        return (services.GetRequiredService<TrierCloudAdapter>(), configuration["MicrosoftAppId"] ?? "");
    }
}
