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

    /// <summary>"de" or "en": the language the user writes in, as the recognizer saw it.</summary>
    public string Language { get; set; } = "de";

    /// <summary>Answers in a row the bot did not understand; at two it offers a human.</summary>
    public int FailedUnderstandings { get; set; }

    /// <summary>True while the bot waits for "resume or restart?" after a long silence.</summary>
    public bool AwaitingResumeAnswer { get; set; }

    /// <summary>The person writes formally ("Guten Tag", "Sie", "Ihnen"): an adult, addressed with "Sie".</summary>
    public bool WritesFormally { get; set; }

    /// <summary>The person writes like a young person ("yo", "digga", emoji, "hast du"): addressed with "du".</summary>
    public bool WritesInformally { get; set; }

    /// <summary>The writer's own age, when they told it ("ich bin 12"): a young writer is addressed with "du", whoever the offer is for.</summary>
    public int? WriterAge { get; set; }

    /// <summary>The bot has said "Sie" to this person: it stays with it unless the person turns out to be young.</summary>
    public bool AddressedFormally { get; set; }

    /// <summary>What the user told us for the current search (the slots), also the hand-off summary.</summary>
    public SearchProfile Profile { get; set; } = new();
}
