using Microsoft.Extensions.Options;

namespace TrierBot.Handoff;

/// <summary>
/// Every <see cref="HandoffOptions.CheckInterval"/>: closes waiting cases whose person left, and tells users who
/// waited past the accept timeout that nobody is free (with the callback offer). Retention runs through
/// <see cref="Privacy.ConversationEraser"/>.
/// </summary>
public sealed class HandoffTimeoutService(HandoffQueue queue, IOptions<HandoffOptions> options, TimeProvider time, ILogger<HandoffTimeoutService> logger)
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

    /// <summary>One round of the check; returns how many users were told about the timeout.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var abandoned = queue.CloseAbandoned();
        var timedOut = await queue.NotifyOverdueAsync(cancellationToken);
        if (timedOut + abandoned > 0)
        {
            logger.LogInformation("Hand-off check: {Abandoned} abandoned, {TimedOut} timed out", abandoned, timedOut);
        }

        return timedOut;
    }
}
