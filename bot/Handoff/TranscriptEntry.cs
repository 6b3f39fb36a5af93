namespace TrierBot.Handoff;

/// <summary>One line of a hand-off transcript as the console shows it (serialized: plain get/set).</summary>
public sealed class TranscriptEntry
{
    public const string UserRole = "user";
    public const string BotRole = "bot";
    public const string CounsellorRole = "counsellor";
    public const string NoteRole = "note";

    public LiteDB.ObjectId Id { get; set; } = LiteDB.ObjectId.NewObjectId();
    public string CaseId { get; set; } = "";
    public DateTime Utc { get; set; }

    /// <summary><see cref="UserRole"/>, <see cref="BotRole"/>, <see cref="CounsellorRole"/>, or <see cref="NoteRole"/> (internal, never sent to the user).</summary>
    public string Role { get; set; } = "";

    public string Name { get; set; } = "";
    public string Text { get; set; } = "";
}
