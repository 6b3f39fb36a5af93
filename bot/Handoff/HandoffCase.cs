namespace TrierBot.Handoff;

/// <summary>One conversation handed to the counsellors (serialized: plain get/set).</summary>
public sealed class HandoffCase
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");
    public string ChannelId { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string UserId { get; set; } = "";

    /// <summary>The SDK's ConversationReference as JSON, for proactive messages through the channel's adapter.</summary>
    public string ReferenceJson { get; set; } = "";

    public string Team { get; set; } = HandoffTeams.Bildungsberatung;
    public HandoffSummary Summary { get; set; } = new();
    public HandoffCaseStatus Status { get; set; }

    /// <summary>Login of the counsellor who owns it (Active), or null.</summary>
    public string? Counsellor { get; set; }

    /// <summary>Display name of the owner, as the user sees it.</summary>
    public string? CounsellorName { get; set; }

    /// <summary>A transfer to one colleague: only they (and the team) see it in the queue.</summary>
    public string? AssignedTo { get; set; }

    public DateTime QueuedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    /// <summary>The person's last message (or the queuing): with the chat page's presence, tells whether they are still there.</summary>
    public DateTime LastSeenUtc { get; set; }

    /// <summary>Why a closed case was closed, when the console should say so: <see cref="AbandonedReason"/>.</summary>
    public string? ClosedReason { get; set; }

    /// <summary>The person left while waiting (tab closed, nothing heard for <see cref="HandoffOptions.AbandonAfter"/>).</summary>
    public const string AbandonedReason = "abandoned";

    /// <summary>True once the user was told that nobody is free (timeout or office closed), so it is said once.</summary>
    public bool OfferMade { get; set; }

    /// <summary>"phone" or "email" while we wait for the user's number or address.</summary>
    public string? AwaitingContact { get; set; }

    public bool English => string.Equals(Summary.Language, "en", StringComparison.OrdinalIgnoreCase);

    /// <summary>The dialogs said "Sie" to the person (adults, the literacy path): the hand-off texts do too.</summary>
    public bool Formal => string.Equals(Summary.Register, "Sie", StringComparison.OrdinalIgnoreCase);

    public static string KeyOf(string channelId, string conversationId) => $"{channelId}/{conversationId}";

    public string Key => KeyOf(ChannelId, ConversationId);
}
