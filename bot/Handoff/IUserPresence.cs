namespace TrierBot.Handoff;

/// <summary>Whether the person of a conversation is still there, for channels that can tell (an open chat page).</summary>
public interface IUserPresence
{
    /// <summary>When the person's client last showed up; null when this channel is not one this presence knows about.</summary>
    DateTime? LastSeenUtc(string channelId, string conversationId);
}
