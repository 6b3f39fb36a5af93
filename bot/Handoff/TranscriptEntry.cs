namespace TrierBot.Handoff;

/// <summary>One line of a hand-off transcript as the console shows it (serialized: plain get/set).</summary>
public sealed class TranscriptEntry
{
    public const string UserRole = "user";
    public const string BotRole = "bot";
    public const string CounsellorRole = "counsellor";
    public const string NoteRole = "note";

    /// <summary>LiteDB's auto-increment: the order in which lines were recorded, which is the conversation's order.</summary>
    public long Id { get; set; }
    public string CaseId { get; set; } = "";
    public DateTime Utc { get; set; }

    /// <summary><see cref="UserRole"/>, <see cref="BotRole"/>, <see cref="CounsellorRole"/>, or <see cref="NoteRole"/> (internal, never sent to the user).</summary>
    public string Role { get; set; } = "";

    public string Name { get; set; } = "";
    public string Text { get; set; } = "";
}
