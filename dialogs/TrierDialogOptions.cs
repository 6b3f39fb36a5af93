namespace TrierBot.Dialogs;

/// <summary>Settings of the conversations, bound from the configuration section "Dialogs".</summary>
public sealed class TrierDialogOptions
{
    public const string SectionName = "Dialogs";

    /// <summary>After this much silence, a new message inside a guided dialog asks once: resume or restart?</summary>
    public TimeSpan SilenceBeforeResumeQuestion { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How many recent messages (both sides) a counsellor gets with the hand-off.</summary>
    public int TranscriptLength { get; set; } = 50;
}
