using LiteDB;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace TrierBot.State;

/// <summary>
/// The conversations' messages for the counsellor hand-off, in the state database, fed by the SDK's
/// <see cref="TranscriptLoggerMiddleware"/>. Kept apart from conversation state so that a turn does not
/// load and save the last fifty messages with its dialog stack.
/// </summary>
/// <remarks>
/// Only message activities are kept (no traces, typing or events: they say nothing a counsellor needs and
/// would carry recognizer output). Logging does not wait for the commit (the middleware logs after the
/// turn anyway); reading first waits until everything logged before is committed.
/// </remarks>
public sealed class LiteDbTranscriptStore : ITranscriptStore
{
    public const int PageSize = 100;
    private const string CollectionName = "transcript";

    private static readonly JsonSerializerSettings SerializerSettings = new() { NullValueHandling = NullValueHandling.Ignore, MaxDepth = null };

    private readonly LiteDbGroupCommit _writer;
    private readonly ILiteCollection<TranscriptRecord> _records;
    private readonly ILogger<LiteDbTranscriptStore> _logger;

    public LiteDbTranscriptStore(LiteDbGroupCommit writer, ILogger<LiteDbTranscriptStore> logger)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _logger = logger;
        _records = writer.Database.GetCollection<TranscriptRecord>(CollectionName);
        _records.EnsureIndex(r => r.ConversationId);
        _records.EnsureIndex(r => r.TimestampUtc);
    }

    public Task LogActivityAsync(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.Message || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return Task.CompletedTask;
        }

        var record = new TranscriptRecord
        {
            ChannelId = activity.ChannelId ?? "",
            ConversationId = conversationId,
            TimestampUtc = (activity.Timestamp ?? DateTimeOffset.UtcNow).UtcDateTime,
            Json = JsonConvert.SerializeObject(activity, SerializerSettings),
        };
        _writer.EnqueueAsync(new Insert(_records, record)).ContinueWith(
            t => _logger.LogError(t.Exception, "Could not keep a transcript message of conversation {ConversationId}", conversationId),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return Task.CompletedTask;
    }

    public async Task<PagedResult<IActivity>> GetTranscriptActivitiesAsync(string channelId, string conversationId, string? continuationToken = null, DateTimeOffset startDate = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        await _writer.FlushAsync();
        var after = continuationToken is { Length: > 0 } ? new ObjectId(continuationToken) : ObjectId.Empty;
        var from = startDate.UtcDateTime;
        var page = _records.Query()
            .Where(r => r.ConversationId == conversationId && r.ChannelId == channelId && r.Id > after && r.TimestampUtc >= from)
            .OrderBy(r => r.Id)
            .Limit(PageSize)
            .ToList();
        return new PagedResult<IActivity>
        {
            Items = [.. page.Select(r => (IActivity)JsonConvert.DeserializeObject<Activity>(r.Json, SerializerSettings)!)],
            ContinuationToken = page.Count == PageSize ? page[^1].Id.ToString() : null,
        };
    }

    public async Task<PagedResult<TranscriptInfo>> ListTranscriptsAsync(string channelId, string? continuationToken = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        await _writer.FlushAsync();
        var conversations = _records.Query()
            .Where(r => r.ChannelId == channelId)
            .ToEnumerable()
            .GroupBy(r => r.ConversationId)
            .Select(g => new TranscriptInfo { ChannelId = channelId, Id = g.Key, Created = g.Min(r => r.TimestampUtc) })
            .OrderBy(t => t.Id, StringComparer.Ordinal)
            .Where(t => continuationToken is null || string.CompareOrdinal(t.Id, continuationToken) > 0)
            .Take(PageSize)
            .ToList();
        return new PagedResult<TranscriptInfo>
        {
            Items = [.. conversations],
            ContinuationToken = conversations.Count == PageSize ? conversations[^1].Id : null,
        };
    }

    public Task DeleteTranscriptAsync(string channelId, string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return _writer.EnqueueAsync(new Delete(_records, r => r.ConversationId == conversationId && r.ChannelId == channelId));
    }

    /// <summary>Deletes messages older than <paramref name="cutoffUtc"/> (retention): returns how many.</summary>
    public async Task<int> DeleteOlderThanAsync(DateTime cutoffUtc)
    {
        var delete = new Delete(_records, r => r.TimestampUtc < cutoffUtc);
        await _writer.EnqueueAsync(delete);
        return delete.Deleted;
    }

    private sealed class Insert(ILiteCollection<TranscriptRecord> records, TranscriptRecord record) : GroupWrite
    {
        public override void Apply() => records.Insert(record);
    }

    private sealed class Delete(ILiteCollection<TranscriptRecord> records, System.Linq.Expressions.Expression<Func<TranscriptRecord, bool>> predicate) : GroupWrite
    {
        public int Deleted { get; private set; }

        public override void Apply() => Deleted = records.DeleteMany(predicate);
    }
}
