namespace TrierBot.Privacy;

/// <summary>The conversation whose data goes, and the user who wrote in it (null when unknown).</summary>
public sealed record ErasedConversation(string ChannelId, string ConversationId, string? UserId);
