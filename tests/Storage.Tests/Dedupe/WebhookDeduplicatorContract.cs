using TrierBot.Channels;
using TrierBot.Privacy;

namespace TrierBot.Storage.Tests.Dedupe;

/// <summary>
/// What every webhook dedupe store promises, run against each provider by a subclass. <see cref="Open"/> gives a
/// store over the same data each call (another instance, on PostgreSQL), all reading <see cref="Time"/>.
/// </summary>
public abstract class WebhookDeduplicatorContract : IAsyncLifetime
{
    protected static readonly TimeSpan Window = TimeSpan.FromDays(7);

    // The tests of one class share a database: each keeps to keys of its own.
    private readonly string _prefix = "tg:" + Guid.NewGuid().ToString("N")[..8] + ":";

    protected ManualTime Time { get; } = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));

    protected abstract IWebhookDeduplicator Open();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void TryClaim_SameKeyTwice_OnlyFirstClaims()
    {
        Assert.True(Open().TryClaim(_prefix + "4711"));

        Assert.False(Open().TryClaim(_prefix + "4711"));
        Assert.True(Open().TryClaim(_prefix + "4712"));
    }

    [Fact]
    public async Task TryClaim_OneKeyFromManyCallersAtOnce_ExactlyOneClaims()
    {
        var claims = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => Open().TryClaim(_prefix + "redelivered"))));

        Assert.Equal(1, claims.Count(c => c));
    }

    [Fact]
    public async Task EraseExpired_KeyOlderThanWindow_IsForgottenAndCanBeClaimedAgain()
    {
        Assert.True(Open().TryClaim(_prefix + "old"));
        Time.Now += Window + TimeSpan.FromHours(1);
        Assert.True(Open().TryClaim(_prefix + "new"));

        var deleted = await ((IConversationDataStore)Open()).EraseExpiredAsync(Time.Now.UtcDateTime, CancellationToken.None);

        Assert.True(deleted >= 1);
        Assert.True(Open().TryClaim(_prefix + "old"));
        Assert.False(Open().TryClaim(_prefix + "new"));
    }
}
