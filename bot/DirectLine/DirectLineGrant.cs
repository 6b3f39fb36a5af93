namespace TrierBot.DirectLine;

/// <summary>Who is calling: the holder of the secret (any conversation) or of a token (its own conversation, its own user).</summary>
public sealed record DirectLineGrant(string? ConversationId, string? UserId, bool IsSecret)
{
    public bool Allows(string conversationId) => IsSecret || string.Equals(ConversationId, conversationId, StringComparison.Ordinal);
}
