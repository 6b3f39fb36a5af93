using Microsoft.Extensions.Options;

namespace TrierBot.DirectLine;

/// <summary>
/// Deletes conversations idle for longer than <see cref="DirectLineOptions.Retention"/>, as the page's privacy note
/// promises, and drops conversations idle for half an hour from memory.
/// </summary>
public sealed class DirectLineRetentionService : BackgroundService
{
    private readonly DirectLineStore _store;
    private readonly DirectLineConversations _conversations;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DirectLineRetentionService> _logger;

    public DirectLineRetentionService(DirectLineStore store, DirectLineConversations conversations, IOptions<DirectLineOptions> options,
        TimeProvider time, ILogger<DirectLineRetentionService> logger)
    {
        _store = store;
        _conversations = conversations;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public int PurgeExpired()
    {
        var expired = _store.ConversationsIdleSince(_time.GetUtcNow().UtcDateTime - _options.Retention);
        foreach (var conversationId in expired) _conversations.Delete(conversationId);
        return expired.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(10), _time);
        do
        {
            _conversations.EvictIdle(TimeSpan.FromMinutes(30));
            var purged = PurgeExpired();
            if (purged > 0) _logger.LogInformation("Deleted {Count} Direct Line conversations past retention", purged);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
