using Microsoft.Extensions.Options;
using TrierBot.DirectLine;

namespace TrierBot.Handoff;

/// <summary>
/// The chat page's presence: a Direct Line stream open now (Web Chat's WebSocket) or its last poll. A closed tab
/// closes the socket, so a waiting person who left can be told from one who reads silently.
/// </summary>
public sealed class DirectLinePresence(DirectLineConversations conversations, IOptions<DirectLineOptions> options) : IUserPresence
{
    public DateTime? LastSeenUtc(string channelId, string conversationId)
    {
        if (!string.Equals(channelId, options.Value.ChannelId, StringComparison.OrdinalIgnoreCase)) return null;
        // Not seen by this process since it started: nobody has connected since, so no newer sign of life than the case's.
        return conversations.LastClientContactUtc(conversationId) ?? DateTime.MinValue;
    }
}
