namespace TrierBot.Handoff;

/// <summary>Where a hand-off stands.</summary>
public enum HandoffCaseStatus
{
    /// <summary>In the queue, nobody has accepted yet; the bot is silent.</summary>
    Waiting,

    /// <summary>A counsellor owns the conversation; the bot is silent.</summary>
    Active,

    /// <summary>Back with the bot (handed back, cancelled, turned into a callback request, or failed).</summary>
    Closed,
}
