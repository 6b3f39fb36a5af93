namespace TrierBot.Dialogs.Evaluation;

/// <summary>A clock that stands still at the day the corpus was written for, so relative dates read as the writer meant them.</summary>
public sealed class PinnedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>The corpus writer's "today": 3 December 2026, late morning in Trier.</summary>
    public static readonly DateTimeOffset CorpusToday = new(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(1));

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.CreateCustomTimeZone("Trier", now.Offset, "Trier", "Trier");
}
