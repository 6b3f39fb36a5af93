namespace TrierBot.Dialogs.State;

/// <summary>One remembered message for the hand-off transcript (serialized: plain get/set).</summary>
public sealed class TranscriptLine
{
    /// <summary>"user" or "bot", as Bot Framework roles.</summary>
    public string Role { get; set; } = "";

    public string Text { get; set; } = "";

    public DateTimeOffset Timestamp { get; set; }
}
