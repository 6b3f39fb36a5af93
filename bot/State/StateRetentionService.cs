using Microsoft.Extensions.Options;

namespace TrierBot.State;

/// <summary>Deletes bot state and transcript messages that have not changed for <see cref="StateOptions.RetentionDays"/> days, at start and then hourly.</summary>
public sealed class StateRetentionService(LiteDbStorage storage, LiteDbTranscriptStore transcripts, IOptions<StateOptions> options, TimeProvider time, ILogger<StateRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-options.Value.RetentionDays);
            var deleted = await storage.DeleteOlderThanAsync(cutoff);
            var messages = await transcripts.DeleteOlderThanAsync(cutoff);
            if (deleted + messages > 0)
            {
                logger.LogInformation("Retention deleted {Count} state entries and {Messages} transcript messages older than {Days} days",
                    deleted, messages, options.Value.RetentionDays);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
