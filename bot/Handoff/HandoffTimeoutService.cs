using Microsoft.Extensions.Options;

namespace TrierBot.Handoff;

/// <summary>
/// Every <see cref="HandoffOptions.CheckInterval"/>: closes waiting cases whose person left, tells users who waited
/// past the accept timeout that nobody is free (with the callback offer), and deletes hand-off data older than the
/// retention period.
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

    /// <summary>One round of the checks; returns (users told about the timeout, items deleted, cases closed because the person left).</summary>
    public async Task<(int TimedOut, int Deleted, int Abandoned)> RunOnceAsync(CancellationToken cancellationToken)
    {
        var abandoned = queue.CloseAbandoned();
        var timedOut = await queue.NotifyOverdueAsync(cancellationToken);
        var deleted = store.DeleteOlderThan(time.GetUtcNow().UtcDateTime.AddDays(-_options.RetentionDays));
        if (timedOut + deleted + abandoned > 0)
        {
            logger.LogInformation("Hand-off check: {Abandoned} abandoned, {TimedOut} timed out, {Deleted} expired items deleted", abandoned, timedOut, deleted);
        }

        return (timedOut, deleted, abandoned);
    }
}
