namespace TrierBot.DirectLine;

/// <summary>What a valid token grants: one conversation, for one user, until it expires.</summary>
public sealed record DirectLineToken(string ConversationId, string? UserId, DateTimeOffset ExpiresUtc);
