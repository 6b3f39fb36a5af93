namespace TrierBot.Handoff.Tests;

/// <summary>A clock the test moves by hand, for office hours and the accept timeout.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;

    /// <summary>Tuesday 10:00 in Trier: the office is open.</summary>
    public static DateTimeOffset OfficeOpen => new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Saturday 22:00 in Trier: the office is closed.</summary>
    public static DateTimeOffset OfficeClosed => new(2026, 11, 28, 21, 0, 0, TimeSpan.Zero);
}
