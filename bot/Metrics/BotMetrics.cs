using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using TrierBot.Handoff;

namespace TrierBot.Metrics;

/// <summary>
/// The bot's own instruments for the operations team (meter <see cref="MeterName"/>, served at <c>/metrics</c>,
/// docs/deployment.md): turns and their latency per channel, failed turns, the hand-off queue. Tags name the channel
/// only — never message text, conversation or user ids — so the set of series stays small and holds no person.
/// </summary>
public sealed class BotMetrics : IDisposable
{
    public const string MeterName = "TrierBot";

    // Channel ids come from the request: anything outside the known set is counted as "other", so a caller cannot
    // create series at will.
    private static readonly HashSet<string> KnownChannels = new(StringComparer.Ordinal)
    {
        "directline", "webchat", "msteams", "telegram", "whatsapp", "emulator", "test", "console", "facebook", "slack", "email", "sms",
    };

    // One meter per process, as the SDK's own instruments are: a meter per host (IMeterFactory) would be shared by
    // name with every other host in the process (tests start many), and a stopped host's meter took its series along.
    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Turns = Meter.CreateCounter<long>("trierbot.turns", description: "Turns handled, per channel.");
    private static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("trierbot.turn.duration", unit: "s",
        description: "Time from receiving an activity to the end of its turn, per channel.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
    private static readonly Counter<long> TurnErrors = Meter.CreateCounter<long>("trierbot.turn.errors", description: "Turns that ended with an error, per channel.");
    private static readonly ConcurrentDictionary<BotMetrics, byte> Hosts = new();

    private readonly IServiceProvider _services;

    static BotMetrics()
    {
        // Read when scraped, over the hosts of this process (in production: one).
        Meter.CreateObservableGauge("trierbot.handoff.waiting", () => Hosts.Keys.Sum(h => h.Waiting().Count), description: "Hand-off cases waiting for a counsellor.");
        Meter.CreateObservableGauge("trierbot.handoff.oldest_wait", () => Hosts.Keys.Select(h => h.OldestWait()).DefaultIfEmpty(0).Max(), unit: "s",
            description: "How long the longest-waiting hand-off case has waited (0 when none waits).");
    }

    public BotMetrics(IServiceProvider services)
    {
        _services = services;
        Hosts[this] = 0;
    }

    /// <summary>The host stops: its queue no longer counts.</summary>
    public void Dispose() => Hosts.TryRemove(this, out _);

    public void TurnEnded(string? channelId, TimeSpan duration, bool failed)
    {
        var channel = new KeyValuePair<string, object?>("channel", ChannelLabel(channelId));
        Turns.Add(1, channel);
        TurnDuration.Record(duration.TotalSeconds, channel);
        if (failed)
        {
            TurnErrors.Add(1, channel);
        }
    }

    public static string ChannelLabel(string? channelId) =>
        channelId is not null && KnownChannels.Contains(channelId) ? channelId : "other";

    private IReadOnlyList<HandoffCase> Waiting()
    {
        try
        {
            return _services.GetService<HandoffStore>()?.OpenCases().Where(c => c.Status == HandoffCaseStatus.Waiting).ToList() ?? [];
        }
        catch (ObjectDisposedException)
        {
            // A scrape while this host stops.
            return [];
        }
    }

    private double OldestWait()
    {
        var waiting = Waiting();
        return waiting.Count == 0 ? 0 : Math.Max(0, (DateTime.UtcNow - waiting.Min(c => c.QueuedUtc)).TotalSeconds);
    }
}
