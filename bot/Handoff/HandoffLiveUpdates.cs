namespace TrierBot.Handoff;

/// <summary>Fans updates out to the open consoles (Server-Sent Events), each filtered to what its counsellor may see.</summary>
public sealed class HandoffLiveUpdates
{
    private readonly Lock _lock = new();
    private List<LiveSubscription> _subscriptions = [];

    public LiveSubscription Subscribe(CounsellorIdentity counsellor)
    {
        var subscription = new LiveSubscription(counsellor.MaySee, Remove);
        lock (_lock)
        {
            _subscriptions = [.. _subscriptions, subscription];
        }

        return subscription;
    }

    public void Publish(LiveUpdate update)
    {
        // Copy-on-write list: publishing never waits for a subscriber joining or leaving.
        foreach (var subscription in _subscriptions)
        {
            subscription.Offer(update);
        }
    }

    public void Publish(string kind, HandoffCase handoffCase, object? data = null) =>
        Publish(new LiveUpdate(kind, handoffCase.Id, handoffCase.Team, handoffCase.AssignedTo, handoffCase.Counsellor, data));

    private void Remove(LiveSubscription subscription)
    {
        lock (_lock)
        {
            _subscriptions = _subscriptions.Where(s => s != subscription).ToList();
        }
    }
}
