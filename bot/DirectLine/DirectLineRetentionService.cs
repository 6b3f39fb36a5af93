namespace TrierBot.DirectLine;

/// <summary>
/// Drops conversations idle for half an hour from memory (they reload on next use). Deleting them after
/// <see cref="DirectLineOptions.Retention"/> is retention's job, through <see cref="Privacy.ConversationEraser"/>.
/// </summary>
public sealed class DirectLineRetentionService(DirectLineConversations conversations, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(10), time);
        do
        {
            conversations.EvictIdle(TimeSpan.FromMinutes(30));
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
