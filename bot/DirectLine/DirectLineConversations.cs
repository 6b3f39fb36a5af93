using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using TrierBot.Privacy;

namespace TrierBot.DirectLine;

/// <summary>
/// The live side of the store. Hands out watermarks (strictly increasing per conversation, never reset: the last
/// one is read back from the store), persists activities by group commit (one LiteDB transaction for whatever is
/// waiting, instead of one disk flush per message), and only then shows them to streams and polls, in watermark
/// order. Recently used conversations are kept in memory; idle ones are evicted. As a store of what people wrote,
/// it is erased through <see cref="ConversationEraser"/> (a conversation with its messages and files).
/// </summary>
public sealed class DirectLineConversations : IConversationDataStore, IDisposable
{
    // LastActivityUtc only steers retention (days), so it is refreshed at most this often.
    private static readonly TimeSpan ActivityStampInterval = TimeSpan.FromMinutes(10);

    private readonly DirectLineStore _store;
    private readonly TimeProvider _time;
    private readonly DirectLineOptions _options;
    private readonly ConcurrentDictionary<string, LiveConversation> _live = new(StringComparer.Ordinal);
    private readonly Channel<PendingWrite> _writes = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public DirectLineConversations(DirectLineStore store, TimeProvider time, IOptions<DirectLineOptions> options)
    {
        _store = store;
        _time = time;
        _options = options.Value;
        _writer = Task.Factory.StartNew(WriteLoopAsync, TaskCreationOptions.LongRunning).Unwrap();
    }

    public StoredConversation? Find(string conversationId) => Live(conversationId).Conversation;

    /// <summary>Creates the conversation; false if it already existed (then nothing changes).</summary>
    public bool TryCreate(string conversationId, string? userId)
    {
        while (true)
        {
            var live = Live(conversationId);
            lock (live.Gate)
            {
                if (live.Evicted) continue;
                if (live.Conversation is not null) return false;
                var now = _time.GetUtcNow().UtcDateTime;
                live.Conversation = new StoredConversation { Id = conversationId, UserId = userId, CreatedUtc = now, LastActivityUtc = now };
                _store.SaveConversation(live.Conversation);
                return true;
            }
        }
    }

    /// <summary>Marks the user as announced to the bot; true only for the first caller, so the welcome runs once.</summary>
    public bool TryMarkUserAnnounced(string conversationId)
    {
        while (true)
        {
            var live = Live(conversationId);
            lock (live.Gate)
            {
                if (live.Evicted) continue;
                if (live.Conversation is not { UserAnnounced: false } conversation) return false;
                conversation.UserAnnounced = true;
                _store.SaveConversation(conversation);
                return true;
            }
        }
    }

    /// <summary>
    /// Gives the activity its id and watermark, stores it and pushes it to the streams; completes once it is on disk.
    /// <paramref name="serialize"/> gets the id and returns the JSON clients will receive.
    /// </summary>
    public Task<DeliveredActivity> AppendAsync(string conversationId, Func<string, string> serialize, bool fromUser)
    {
        while (true)
        {
            var live = Live(conversationId);
            lock (live.Gate)
            {
                if (live.Evicted) continue;
                if (live.Conversation is null) throw new KeyNotFoundException($"Unknown Direct Line conversation {conversationId}.");
                var watermark = ++live.LastWatermark;
                var json = serialize(DirectLineIds.ActivityId(conversationId, watermark));
                var now = _time.GetUtcNow().UtcDateTime;
                var stamp = fromUser && now - live.Conversation.LastActivityUtc > ActivityStampInterval;
                if (stamp) live.Conversation.LastActivityUtc = now;
                var write = new PendingWrite(live, new DeliveredActivity(watermark, json), stamp ? live.Conversation : null);
                live.LastUsed = now;
                // Queued inside the lock: the single writer commits and publishes in watermark order.
                _writes.Writer.TryWrite(write);
                return write.Done.Task;
            }
        }
    }

    /// <summary>True if the id names an activity of this conversation that has already been delivered.</summary>
    public bool IsDelivered(string conversationId, string? activityId) =>
        DirectLineIds.WatermarkOf(conversationId, activityId) is { } watermark && watermark >= 1 && watermark <= Live(conversationId).LastPublished;

    public IReadOnlyList<DeliveredActivity> After(string conversationId, long watermark)
    {
        var live = Live(conversationId);
        lock (live.Gate)
        {
            live.LastUsed = _time.GetUtcNow().UtcDateTime;
            live.LastRead = live.LastUsed;
            var start = FirstAfter(live.Published, watermark);
            return live.Published.GetRange(start, live.Published.Count - start);
        }
    }

    /// <summary>A feed of everything published from now on; dispose the returned handle to stop it.</summary>
    public ChannelReader<DeliveredActivity> Subscribe(string conversationId, out IDisposable subscription)
    {
        var live = Live(conversationId);
        var channel = Channel.CreateUnbounded<DeliveredActivity>(new UnboundedChannelOptions { SingleReader = true });
        lock (live.Gate)
        {
            if (!live.Evicted) live.Subscribers.Add(channel);
        }
        if (live.Evicted) return Subscribe(conversationId, out subscription);
        subscription = new Unsubscriber(() =>
        {
            lock (live.Gate) live.Subscribers.Remove(channel);
            channel.Writer.TryComplete();
        });
        return channel.Reader;
    }

    /// <summary>
    /// When a client last looked at the conversation: now while a stream is open, else its last poll; null when this
    /// process has not seen the conversation since it started (the hand-off asks whether a person is still there).
    /// </summary>
    public DateTime? LastClientContactUtc(string conversationId)
    {
        if (!_live.TryGetValue(conversationId, out var live)) return null;
        lock (live.Gate)
        {
            return live.Subscribers.Count > 0 ? _time.GetUtcNow().UtcDateTime : live.LastRead;
        }
    }

    /// <summary>Ends every open stream of the conversation; clients reconnect and resume from their watermark.</summary>
    public void DisconnectStreams(string conversationId)
    {
        var live = Live(conversationId);
        lock (live.Gate)
        {
            foreach (var subscriber in live.Subscribers) subscriber.Writer.TryComplete();
            live.Subscribers.Clear();
        }
    }

    /// <summary>Deletes the conversation with its messages and files; open streams end after what was already sent.</summary>
    public async Task DeleteAsync(string conversationId)
    {
        var live = Live(conversationId);
        lock (live.Gate)
        {
            foreach (var subscriber in live.Subscribers) subscriber.Writer.TryComplete();
            live.Subscribers.Clear();
            live.Evicted = true;
            _live.TryRemove(KeyValuePair.Create(conversationId, live));
        }
        // After pending writes of this conversation: they would otherwise re-create deleted activities.
        await FlushAsync();
        _store.DeleteConversation(conversationId);
    }

    public async Task EraseAsync(ErasedConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (!string.Equals(conversation.ChannelId, _options.ChannelId, StringComparison.OrdinalIgnoreCase)) return;
        await DeleteAsync(conversation.ConversationId);
        _store.Checkpoint();
    }

    /// <summary>Retention: conversations idle for longer than <see cref="DirectLineOptions.Retention"/>.</summary>
    public async Task<int> EraseExpiredAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var expired = _store.ConversationsIdleSince(nowUtc - _options.Retention);
        foreach (var conversationId in expired) await DeleteAsync(conversationId);
        if (expired.Count > 0) _store.Checkpoint();
        return expired.Count;
    }

    /// <summary>Drops idle conversations without open streams or pending writes from memory; they reload on next use.</summary>
    public int EvictIdle(TimeSpan idle)
    {
        var cutoff = _time.GetUtcNow().UtcDateTime - idle;
        var evicted = 0;
        foreach (var (id, live) in _live)
        {
            lock (live.Gate)
            {
                if (live.LastUsed > cutoff || live.Subscribers.Count > 0 || live.LastPublished != live.LastWatermark) continue;
                live.Evicted = true;
                _live.TryRemove(KeyValuePair.Create(id, live));
                evicted++;
            }
        }
        return evicted;
    }

    /// <summary>Completes when everything appended so far is on disk.</summary>
    public Task FlushAsync()
    {
        var marker = new PendingWrite(null, null, null);
        _writes.Writer.TryWrite(marker);
        return marker.Done.Task;
    }

    public void Dispose()
    {
        _writes.Writer.TryComplete();
        _writer.Wait(TimeSpan.FromSeconds(10));
    }

    /// <summary>Index of the first activity with a watermark above <paramref name="watermark"/> (the list is sorted).</summary>
    private static int FirstAfter(List<DeliveredActivity> published, long watermark)
    {
        int low = 0, high = published.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (published[middle].Watermark <= watermark) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    private LiveConversation Live(string conversationId) =>
        _live.GetOrAdd(conversationId, id =>
        {
            var conversation = _store.FindConversation(id);
            var published = conversation is null ? [] : _store.ActivitiesAfter(id, 0).ToList();
            return new LiveConversation(conversation, published, _time.GetUtcNow().UtcDateTime);
        });

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingWrite>();
        while (await _writes.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < 500 && _writes.Reader.TryRead(out var write)) batch.Add(write);
            try
            {
                _store.AddActivities(
                    batch.Where(w => w.Activity is not null && !w.Live!.Evicted)
                        .Select(w => new StoredActivity { ConversationId = w.Live!.Conversation!.Id, Watermark = w.Activity!.Watermark, Json = w.Activity.Json }),
                    batch.Select(w => w.Stamp).OfType<StoredConversation>());
            }
            catch (Exception exception)
            {
                foreach (var write in batch) write.Done.TrySetException(exception);
                continue;
            }
            foreach (var write in batch)
            {
                if (write.Live is { } live && write.Activity is { } activity)
                {
                    lock (live.Gate)
                    {
                        live.Published.Add(activity);
                        live.LastPublished = activity.Watermark;
                        foreach (var subscriber in live.Subscribers) subscriber.Writer.TryWrite(activity);
                    }
                }
                write.Done.TrySetResult(write.Activity!);
            }
        }
    }

    private sealed class LiveConversation(StoredConversation? conversation, List<DeliveredActivity> published, DateTime now)
    {
        public object Gate { get; } = new();
        public StoredConversation? Conversation { get; set; } = conversation;
        public List<DeliveredActivity> Published { get; } = published;
        public long LastWatermark { get; set; } = published.Count == 0 ? 0 : published[^1].Watermark;
        public long LastPublished { get; set; } = published.Count == 0 ? 0 : published[^1].Watermark;
        public DateTime LastUsed { get; set; } = now;
        public DateTime? LastRead { get; set; }
        public bool Evicted { get; set; }
        public List<Channel<DeliveredActivity>> Subscribers { get; } = [];
    }

    private sealed record PendingWrite(LiveConversation? Live, DeliveredActivity? Activity, StoredConversation? Stamp)
    {
        public TaskCompletionSource<DeliveredActivity> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;
        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
