namespace TrierBot.Web.Tests;

/// <summary>A clock the test moves by hand, so that expiry tests do not race the wall clock.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
