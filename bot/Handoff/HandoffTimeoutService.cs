using Microsoft.Extensions.Options;

namespace TrierBot.Handoff;

/// <summary>
/// Every <see cref="HandoffOptions.CheckInterval"/>: tells users who waited past the accept timeout that nobody
/// is free (with the callback offer), and deletes hand-off data older than the retention period.
/// </summary>
public sealed class HandoffTimeoutService(HandoffQueue queue, HandoffStore store, IOptions<HandoffOptions> options, TimeProvider time, ILogger<HandoffTimeoutService> logger)
    : BackgroundService
{
    private readonly HandoffOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.CheckInterval, time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Hand-off check failed: {ExceptionType}", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round of both checks; returns (users told about the timeout, items deleted).</summary>
    public async Task<(int TimedOut, int Deleted)> RunOnceAsync(CancellationToken cancellationToken)
    {
        var timedOut = await queue.NotifyOverdueAsync(cancellationToken);
        var deleted = store.DeleteOlderThan(time.GetUtcNow().UtcDateTime.AddDays(-_options.RetentionDays));
        if (timedOut + deleted > 0)
        {
            logger.LogInformation("Hand-off check: {TimedOut} timed out, {Deleted} expired items deleted", timedOut, deleted);
        }

        return (timedOut, deleted);
    }
}
