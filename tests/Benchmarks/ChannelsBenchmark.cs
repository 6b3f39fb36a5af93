using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using TrierBot.Channels;
using TrierBot.Channels.Telegram;
using TrierBot.Channels.WhatsApp;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace TrierBot.Benchmarks;

/// <summary>
/// The per-webhook costs the messenger adapters add: the persisted dedupe claim (LiteDB file) next to an
/// in-memory set, and rendering a card-and-choices answer (with stored button ids) next to the SDK's own
/// JSON serialization of the same activity, which every reply on /api/messages pays.
/// </summary>
public sealed class ChannelsBenchmark : IBenchmark
{
    private const int Claims = 5000;
    private const int Renders = 2000;

    public string Name => "channels";

    public Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("trierbot-channels-bench-");
        try
        {
            using var database = new ChannelDatabase(Path.Combine(folder.FullName, "channels.db"));
            var options = Options.Create(new ChannelsOptions());
            var deduplicator = new WebhookDeduplicator(database, options, TimeProvider.System);
            var seen = new ConcurrentDictionary<string, byte>();
            Measure(output, "dedupe claim, LiteDB file (ours)", Claims, i => deduplicator.TryClaim($"telegram:{i}"));
            Measure(output, "dedupe claim, in-memory set (baseline)", Claims, i => seen.TryAdd($"telegram:{i}", 0));

            var actions = new CardActionStore(database, options, TimeProvider.System);
            var telegram = new TelegramRenderer(actions);
            var whatsApp = new WhatsAppRenderer(actions);
            var activity = SampleAnswer();
            Measure(output, "render 3 cards + 4 choices, Telegram (ours)", Renders, _ => telegram.Render(activity));
            Measure(output, "render 3 cards + 4 choices, WhatsApp (ours)", Renders, _ => whatsApp.Render(activity));
            Measure(output, "JSON-serialize the same activity, SDK (baseline)", Renders, _ => JsonConvert.SerializeObject(activity));
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        return Task.CompletedTask;
    }

    private static void Measure(TextWriter output, string label, int count, Action<int> operation)
    {
        for (var i = 0; i < 50; i++)
        {
            operation(-1 - i);
        }

        var timings = new double[count];
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            operation(i);
            timings[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(timings);
        output.WriteLine($"{label,-52} mean {timings.Average(),8:F1} µs   p50 {timings[count / 2],8:F1} µs   p99 {timings[count * 99 / 100],8:F1} µs");
    }

    private static Activity SampleAnswer()
    {
        var cards = Enumerable.Range(1, 3).Select(i => new HeroCard(
            $"Beispiel-Angebot {i}", "Beispiel-Bildungsträger, Trier-Nord", "Sa 14–17 Uhr, kostenlos. Passt, weil du Technik magst.",
            buttons: [new CardAction(ActionTypes.PostBack, "Details", value: new JObject { ["action"] = "details", ["id"] = $"retribus:RB-10{i}" })])
            .ToAttachment()).ToList();
        var reply = (Activity)MessageFactory.Carousel(cards, "Hier sind drei Angebote, die zu dir passen:");
        reply.SuggestedActions = new SuggestedActions(actions:
        [
            new CardAction(ActionTypes.ImBack, "Mehr", value: "mehr"),
            new CardAction(ActionTypes.ImBack, "Andere Zeit", value: "andere zeit"),
            new CardAction(ActionTypes.ImBack, "Beratung", value: "beratung"),
            new CardAction(ActionTypes.ImBack, "Neustart", value: "neustart"),
        ]);
        return reply;
    }
}
