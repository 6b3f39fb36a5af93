namespace TrierBot.Handoff;

/// <summary>One push to the consoles: <see cref="Kind"/> says what changed, the rest says who may see it.</summary>
public sealed record LiveUpdate(string Kind, string? CaseId = null, string? Team = null, string? AssignedTo = null, string? Counsellor = null, object? Data = null)
{
    public const string Queue = "queue";
    public const string Line = "line";
    public const string Typing = "typing";
    public const string Callbacks = "callbacks";

    /// <summary>A case was erased ("Lösche meine Daten", retention): consoles drop it with its transcript.</summary>
    public const string Erased = "erased";
}
