using TrierBot.Understanding;

namespace TrierBot.Understanding.Tests;

/// <summary>
/// One recognizer for all tests (training takes a second or two), trained on the shipped utterance
/// file, with a holiday table of its own so the holiday tests do not depend on the shipped dates.
/// </summary>
public sealed class RecognizerFixture
{
    /// <summary>Friday, 27 November 2026, 10:00: the reference time of every date test.</summary>
    public static readonly DateTime Now = new(2026, 11, 27, 10, 0, 0);

    public static readonly List<SchoolHoliday> TestHolidays =
    [
        new() { Name = "Herbstferien", Start = new(2026, 10, 5), End = new(2026, 10, 16) },
        new() { Name = "Weihnachtsferien", Start = new(2026, 12, 21), End = new(2027, 1, 6) },
        new() { Name = "Osterferien", Start = new(2027, 3, 29), End = new(2027, 4, 9) },
        new() { Name = "Sommerferien", Start = new(2027, 7, 5), End = new(2027, 8, 13) },
        new() { Name = "Herbstferien", Start = new(2027, 10, 11), End = new(2027, 10, 22) },
    ];

    public RecognizerFixture()
    {
        // one warm-up pass only: the tests need answers, not the JIT's steady state
        Options = new UnderstandingOptions { SchoolHolidays = TestHolidays, WarmUpSeconds = 0 };
        Recognizer = UtteranceRecognizer.CreateDefault(Options);
    }

    public UnderstandingOptions Options { get; }

    public UtteranceRecognizer Recognizer { get; }
}
