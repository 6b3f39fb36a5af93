namespace TrierBot.Privacy;

/// <summary>Runs retention through <see cref="ConversationEraser"/>: at start, then every ten minutes.</summary>
public sealed class ConversationRetentionService(ConversationEraser eraser, TimeProvider time, ILogger<ConversationRetentionService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await eraser.EraseExpiredAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Tried again on the next tick; no message text in logs.
                logger.LogWarning("Retention failed: {ExceptionType}", ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
