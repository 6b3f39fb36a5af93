using Microsoft.Bot.Builder;

namespace TrierBot.Channels;

/// <summary>
/// The configured messenger adapters by channel id, for proactive sends: the hand-off relays a counsellor's
/// message with <c>Find(reference.ChannelId)?.ContinueConversationAsync(…)</c>.
/// </summary>
public sealed class MessengerChannelAdapters
{
    private readonly Dictionary<string, MessengerAdapter> _byChannel;

    public MessengerChannelAdapters(IEnumerable<MessengerAdapter> adapters)
    {
        _byChannel = adapters.ToDictionary(a => a.ChannelId, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The adapter for a channel id such as <c>telegram</c>, or null (Web Chat, Azure channels, off).</summary>
    public BotAdapter? Find(string? channelId)
        => channelId is not null && _byChannel.TryGetValue(channelId, out var adapter) ? adapter : null;

    public IReadOnlyCollection<string> ChannelIds => _byChannel.Keys;
}
