namespace TrierBot.Handoff;

/// <summary>A "delete my data" that waits for the user's yes (serialized: plain get/set).</summary>
public sealed class PendingDeletion
{
    /// <summary><see cref="HandoffCase.KeyOf"/> of the conversation.</summary>
    public string Id { get; set; } = "";
    public DateTime AskedUtc { get; set; }
    public bool English { get; set; }
}
