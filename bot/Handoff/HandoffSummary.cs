namespace TrierBot.Handoff;

/// <summary>What the dialogs tell the counsellor in <c>handoff.initiate</c>'s value (serialized: plain get/set).</summary>
public sealed class HandoffSummary
{
    public string? Topic { get; set; }
    public int? Age { get; set; }
    public string? District { get; set; }
    public string? Searched { get; set; }
    public string? Language { get; set; }

    /// <summary>How the dialogs addressed the person: "du", "Sie" or "en"; the queue's texts keep it.</summary>
    public string? Register { get; set; }
}
