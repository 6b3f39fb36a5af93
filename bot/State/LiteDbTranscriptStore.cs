using System.Collections.Concurrent;
using LiteDB;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using TrierBot.Dialogs.Handoff;
using TrierBot.Privacy;

namespace TrierBot.State;

/// <summary>
/// The conversations' messages for the counsellor hand-off, in the state database, fed by
/// <see cref="HandoffTranscriptMiddleware"/>. Kept apart from conversation state so that a turn does not
/// load and save the last fifty messages with its dialog stack.
/// </summary>
/// <remarks>
/// Only message activities are kept (no traces, typing or events: they say nothing a counsellor needs and
/// would carry recognizer output), and of each only what <see cref="HandoffTranscriptMiddleware"/> keeps: who
/// wrote it, when, and the text with its cards' titles, whoever logs it. Logging only buffers; one write of the
/// state database's group commit then stores everything buffered, one <see cref="TranscriptChunk"/> per
/// conversation. Reading first waits until everything logged before is committed.
/// </remarks>
public sealed class LiteDbTranscriptStore : ITranscriptStore, IConversationDataStore
{
    public const int PageSize = 100;
    private const string CollectionName = "transcripts";

    private static readonly JsonSerializerSettings SerializerSettings = new() { NullValueHandling = NullValueHandling.Ignore, MaxDepth = null };

    private readonly LiteDbGroupCommit _writer;
    private readonly ILiteCollection<TranscriptChunk> _chunks;
    private readonly ILogger<LiteDbTranscriptStore> _logger;
    private readonly ConcurrentQueue<BufferedMessage> _buffer = new();
    private int _storeQueued;

    public LiteDbTranscriptStore(LiteDbGroupCommit writer, ILogger<LiteDbTranscriptStore> logger)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _logger = logger;
        _chunks = writer.Database.GetCollection<TranscriptChunk>(CollectionName);
        _chunks.EnsureIndex(c => c.ConversationId);
    }

    /// <summary>Messages older than this go (retention); the host sets it from <see cref="StateOptions.RetentionDays"/>.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(30);

    public Task LogActivityAsync(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.Message || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return Task.CompletedTask;
        }

        // Serialized by the writer, not in the turn.
        var timestamp = activity.Timestamp ?? DateTimeOffset.UtcNow;
        _buffer.Enqueue(new BufferedMessage(activity.ChannelId ?? "", conversationId, timestamp.UtcDateTime, new StoredMessage
        {
            Id = activity.Id,
            Timestamp = timestamp,
            ChannelId = activity.ChannelId,
            Conversation = new StoredAccount { Id = conversationId },
            From = new StoredAccount { Id = activity.From?.Id, Role = activity.From?.Role },
            Text = HandoffTranscriptMiddleware.TextOf(activity.AsMessageActivity()),
        }));
        if (Interlocked.Exchange(ref _storeQueued, 1) == 0)
        {
            _writer.EnqueueAsync(new StoreBuffered(this), commitOnCaller: false).ContinueWith(
                t => _logger.LogError(t.Exception, "Could not keep transcript messages"),
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }

        return Task.CompletedTask;
    }

    /// <summary>Up to <see cref="PageSize"/> messages, oldest first; the token continues where the page ended.</summary>
    public async Task<PagedResult<IActivity>> GetTranscriptActivitiesAsync(string channelId, string conversationId, string? continuationToken = null, DateTimeOffset startDate = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var (fromChunk, skip) = ParseToken(continuationToken);
        await _writer.FlushAsync();
        var chunks = _chunks.Query()
            .Where(c => c.ConversationId == conversationId && c.ChannelId == channelId && c.Id >= fromChunk)
            .OrderBy(c => c.Id)
            .ToEnumerable();
        var page = new List<IActivity>(PageSize);
        foreach (var chunk in chunks)
        {
            for (var i = chunk.Id == fromChunk ? skip : 0; i < chunk.Messages.Count; i++)
            {
                if (page.Count == PageSize)
                {
                    return new PagedResult<IActivity> { Items = [.. page], ContinuationToken = $"{chunk.Id}:{i}" };
                }

                var activity = JsonConvert.DeserializeObject<Activity>(chunk.Messages[i], SerializerSettings)!;
                if (activity.Timestamp is not { } sent || sent >= startDate)
                {
                    page.Add(activity);
                }
            }
        }

        return new PagedResult<IActivity> { Items = [.. page] };
    }

    public async Task<PagedResult<TranscriptInfo>> ListTranscriptsAsync(string channelId, string? continuationToken = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        await _writer.FlushAsync();
        var conversations = _chunks.Query()
            .Where(c => c.ChannelId == channelId)
            .ToEnumerable()
            .GroupBy(c => c.ConversationId)
            .Select(g => new TranscriptInfo { ChannelId = channelId, Id = g.Key, Created = g.Min(c => c.Id.CreationTime) })
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

    public async Task DeleteTranscriptAsync(string channelId, string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        // After what is still buffered for it, so that nothing of the conversation comes back.
        await _writer.FlushAsync();
        await _writer.EnqueueAsync(new Delete(_chunks, c => c.ConversationId == conversationId && c.ChannelId == channelId));
    }

    /// <summary>Deletes chunks whose newest message is older than <paramref name="cutoffUtc"/> (retention): returns how many.</summary>
    public async Task<int> DeleteOlderThanAsync(DateTime cutoffUtc)
    {
        var delete = new Delete(_chunks, c => c.LastUtc < cutoffUtc);
        await _writer.EnqueueAsync(delete);
        return delete.Deleted;
    }

    /// <summary>The conversation's messages; then a checkpoint, so that LiteDB's log keeps no copy.</summary>
    public async Task EraseAsync(ErasedConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        await DeleteTranscriptAsync(conversation.ChannelId, conversation.ConversationId);
        _writer.Database.Checkpoint();
    }

    public async Task<int> EraseExpiredAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        // What is still buffered counts too: it is written before the cutoff is applied.
        await _writer.FlushAsync();
        var deleted = await DeleteOlderThanAsync(nowUtc - Retention);
        if (deleted > 0)
        {
            _writer.Database.Checkpoint();
        }

        return deleted;
    }

    private static (ObjectId Chunk, int Skip) ParseToken(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return (ObjectId.Empty, 0);
        }

        var parts = token.Split(':');
        if (parts.Length != 2 || parts[0].Length != 24 || !int.TryParse(parts[1], out var skip) || skip < 0)
        {
            throw new ArgumentException("Not a continuation token of this store.", nameof(token));
        }

        return (new ObjectId(parts[0]), skip);
    }

    private sealed record BufferedMessage(string ChannelId, string ConversationId, DateTime TimestampUtc, StoredMessage Message);

    // A message as stored: the JSON of an Activity with only these properties. Serializing this instead of the
    // Activity (forty-odd properties to look at) was half of what the writer spent on a chunk.
    private sealed class StoredMessage
    {
        [JsonProperty("type")]
        public string Type { get; } = ActivityTypes.Message;

        [JsonProperty("id")]
        public string? Id { get; init; }

        [JsonProperty("timestamp")]
        public DateTimeOffset Timestamp { get; init; }

        [JsonProperty("channelId")]
        public string? ChannelId { get; init; }

        [JsonProperty("conversation")]
        public StoredAccount? Conversation { get; init; }

        [JsonProperty("from")]
        public StoredAccount? From { get; init; }

        [JsonProperty("text")]
        public string Text { get; init; } = "";
    }

    private sealed class StoredAccount
    {
        [JsonProperty("id")]
        public string? Id { get; init; }

        [JsonProperty("role")]
        public string? Role { get; init; }
    }

    // Takes everything buffered when the writer gets to it: one chunk per conversation.
    private sealed class StoreBuffered(LiteDbTranscriptStore store) : GroupWrite
    {
        public override void Apply()
        {
            Volatile.Write(ref store._storeQueued, 0);
            var messages = new List<BufferedMessage>();
            while (store._buffer.TryDequeue(out var message))
            {
                messages.Add(message);
            }

            if (messages.Count == 0)
            {
                return;
            }

            // One insert for all: LiteDB then sets up its snapshot and pages once, not per chunk.
            store._chunks.Insert(messages.GroupBy(m => (m.ChannelId, m.ConversationId)).Select(conversation => new TranscriptChunk
            {
                ChannelId = conversation.Key.ChannelId,
                ConversationId = conversation.Key.ConversationId,
                LastUtc = conversation.Max(m => m.TimestampUtc),
                Messages = [.. conversation.Select(m => JsonConvert.SerializeObject(m.Message, SerializerSettings))],
            }).ToList());
        }
    }

    private sealed class Delete(ILiteCollection<TranscriptChunk> chunks, System.Linq.Expressions.Expression<Func<TranscriptChunk, bool>> predicate) : GroupWrite
    {
        public int Deleted { get; private set; }

        public override void Apply() => Deleted = chunks.DeleteMany(predicate);
    }
}
