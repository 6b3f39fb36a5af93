using System.Threading.Channels;

namespace TrierBot.Handoff;

/// <summary>One console's stream of updates; disposing it unsubscribes.</summary>
public sealed class LiveSubscription(Func<LiveUpdate, bool> filter, Action<LiveSubscription> unsubscribe) : IDisposable
{
    // Bounded and dropping: a stalled browser must not grow memory; it reloads the queue on reconnect anyway.
    private readonly Channel<LiveUpdate> _channel = Channel.CreateBounded<LiveUpdate>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });

    public ChannelReader<LiveUpdate> Reader => _channel.Reader;

    internal void Offer(LiveUpdate update)
    {
        if (filter(update))
        {
            _channel.Writer.TryWrite(update);
        }
    }

    public void Dispose()
    {
        unsubscribe(this);
        _channel.Writer.TryComplete();
    }
}
