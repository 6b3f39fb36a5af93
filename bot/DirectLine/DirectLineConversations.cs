using System.Collections.Concurrent;
using System.Threading.Channels;

namespace TrierBot.DirectLine;

/// <summary>
/// The live side of the store: hands out watermarks (strictly increasing per conversation, never reset,
/// because the last one is read back from the store), persists each activity before anyone sees it, and
/// pushes it to the open streams of that conversation in watermark order.
/// </summary>
public sealed class DirectLineConversations
{
    private readonly DirectLineStore _store;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, LiveConversation> _live = new(StringComparer.Ordinal);

    public DirectLineConversations(DirectLineStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    public StoredConversation? Find(string conversationId) => _store.FindConversation(conversationId);

    /// <summary>Creates the conversation; false if it already existed (then nothing changes).</summary>
    public bool TryCreate(string conversationId, string? userId)
    {
        var live = Live(conversationId);
        lock (live.Gate)
        {
            if (_store.FindConversation(conversationId) is not null) return false;
            var now = _time.GetUtcNow().UtcDateTime;
            _store.SaveConversation(new StoredConversation { Id = conversationId, UserId = userId, CreatedUtc = now, LastActivityUtc = now });
            return true;
        }
    }

    /// <summary>Marks the user as announced to the bot; true only for the first caller, so the welcome runs once.</summary>
    public bool TryMarkUserAnnounced(string conversationId)
    {
        var live = Live(conversationId);
        lock (live.Gate)
        {
            var conversation = _store.FindConversation(conversationId);
            if (conversation is null || conversation.UserAnnounced) return false;
            conversation.UserAnnounced = true;
            _store.SaveConversation(conversation);
            return true;
        }
    }

    /// <summary>
    /// Gives the activity its id and watermark, stores it and pushes it to the streams. <paramref name="serialize"/>
    /// gets the id and returns the JSON clients will receive.
    /// </summary>
    public DeliveredActivity Append(string conversationId, Func<string, string> serialize, bool fromUser)
    {
        var live = Live(conversationId);
        lock (live.Gate)
        {
            var watermark = ++live.LastWatermark;
            var json = serialize(DirectLineIds.ActivityId(conversationId, watermark));
            _store.AddActivity(new StoredActivity { ConversationId = conversationId, Watermark = watermark, Json = json });
            if (fromUser && _store.FindConversation(conversationId) is { } conversation)
            {
                conversation.LastActivityUtc = _time.GetUtcNow().UtcDateTime;
                _store.SaveConversation(conversation);
            }
            var delivered = new DeliveredActivity(watermark, json);
            // Inside the lock: streams must see activities in watermark order.
            foreach (var subscriber in live.Subscribers) subscriber.Writer.TryWrite(delivered);
            return delivered;
        }
    }

    /// <summary>True if the id names an activity of this conversation that has already been delivered.</summary>
    public bool IsDelivered(string conversationId, string? activityId) =>
        DirectLineIds.WatermarkOf(conversationId, activityId) is { } watermark && watermark >= 1 && watermark <= Live(conversationId).LastWatermark;

    public IReadOnlyList<DeliveredActivity> After(string conversationId, long watermark) => _store.ActivitiesAfter(conversationId, watermark);

    public long LastWatermark(string conversationId) => Live(conversationId).LastWatermark;

    /// <summary>A feed of everything appended from now on; dispose the returned handle to stop it.</summary>
    public ChannelReader<DeliveredActivity> Subscribe(string conversationId, out IDisposable subscription)
    {
        var live = Live(conversationId);
        var channel = Channel.CreateUnbounded<DeliveredActivity>(new UnboundedChannelOptions { SingleReader = true });
        lock (live.Gate) live.Subscribers.Add(channel);
        subscription = new Unsubscriber(() =>
        {
            lock (live.Gate) live.Subscribers.Remove(channel);
            channel.Writer.TryComplete();
        });
        return channel.Reader;
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

    /// <summary>Deletes the conversation with its messages and files ("Lösche meine Daten", retention).</summary>
    public void Delete(string conversationId)
    {
        DisconnectStreams(conversationId);
        var live = Live(conversationId);
        lock (live.Gate) _store.DeleteConversation(conversationId);
        _live.TryRemove(conversationId, out _);
    }

    private LiveConversation Live(string conversationId) =>
        _live.GetOrAdd(conversationId, id => new LiveConversation(_store.LastWatermark(id)));

    private sealed class LiveConversation(long lastWatermark)
    {
        public object Gate { get; } = new();
        public long LastWatermark { get; set; } = lastWatermark;
        public List<Channel<DeliveredActivity>> Subscribers { get; } = [];
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;
        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }
}
