namespace TrierBot.Dialogs.State;

/// <summary>Per-conversation bookkeeping, persisted in conversation state (serialized: plain get/set).</summary>
public sealed class ConversationData
{
    /// <summary>Number of user messages processed in this conversation.</summary>
    public int TurnCount { get; set; }

    /// <summary>When the user last wrote: a long silence asks once whether to resume or restart.</summary>
    public DateTimeOffset? LastUserActivityUtc { get; set; }

    /// <summary>True once the welcome was sent, so it is sent exactly once.</summary>
    public bool Welcomed { get; set; }
}
