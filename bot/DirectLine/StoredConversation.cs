namespace TrierBot.DirectLine;

/// <summary>One Direct Line conversation as kept in LiteDB (serialized: plain get/set).</summary>
public class StoredConversation
{
    public string Id { get; set; } = "";

    /// <summary>The user the token was issued for; null when a secret holder started the conversation.</summary>
    public string? UserId { get; set; }

    /// <summary>Whether the bot has been told that the user joined, so that it welcomes exactly once.</summary>
    public bool UserAnnounced { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime LastActivityUtc { get; set; }
}
