namespace TrierBot.Understanding;

/// <summary>Settings of the offline recognizer, bound from the configuration section <see cref="SectionName"/>.</summary>
public sealed class UnderstandingOptions
{
    public const string SectionName = "Understanding";

    /// <summary>
    /// Below this top score the message counts as <see cref="IntentNames.None"/>. Calibrated with
    /// <c>nlu-eval</c> on out-of-fold predictions (it prints the value that maximises accuracy).
    /// </summary>
    public double NoneThreshold { get; set; } = 0.32;

    /// <summary>The training file; default: the <c>utterances.md</c> shipped beside the assembly.</summary>
    public string? TrainingDataPath { get; set; }

    /// <summary>
    /// At most this long, <see cref="UtteranceRecognizer.CreateDefault"/> runs sample messages at start-up until
    /// the JIT has settled (quiet for a second), so the first users' turns are as fast as later ones; 0: one
    /// pass only (test hosts). With dynamic PGO off (bot/TrierBot.csproj) the JIT settles within a few seconds:
    /// recognizer benchmark after 2 s of warm-up p99 1.1 ms, after 5 s about 0.8–1.0 ms (baseline alike).
    /// It delays the start of the host by that much.
    /// </summary>
    public double WarmUpSeconds { get; set; } = 5;

    /// <summary>School holidays for "in den herbstferien"; empty: the table in <c>schoolholidays.json</c> beside the assembly.</summary>
    public List<SchoolHoliday> SchoolHolidays { get; set; } = [];
}
