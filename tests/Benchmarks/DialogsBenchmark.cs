using System.Diagnostics;
using LiteDB;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrierBot.Dialogs;
using TrierBot.Dialogs.State;
using TrierBot.Knowledge;
using TrierBot.Understanding;

namespace TrierBot.Benchmarks;

/// <summary>
/// Dialog turns in process (the SDK's TestAdapter, memory storage): TrierBot's dialogs on the real recognizer and
/// the demo knowledge, next to an echo ActivityHandler on the same adapter, at 1 and 32 concurrent conversations.
/// Isolates the dialog layer from HTTP and LiteDB state (the "turns" benchmark measures the whole host).
/// </summary>
public sealed class DialogsBenchmark : IBenchmark
{
    // A realistic conversation: routed first message with slots, prompts, a card click, help, restart.
    private static readonly string[] Script =
    [
        "Hallo, ich bin 15 und suche ein Praktikum im Handwerk",
        "Realschule plus",
        "Euren",
        "Hilfe",
        "abbrechen",
        "Ich kann nicht gut lesen",
        "Für mich",
        "nein",
        "Meine Tochter ist 12 und mag Robotik",
        "egal",
        "neustart",
    ];

    public string Name => "dialogs";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        using var database = new LiteDatabase(new MemoryStream());
        using var knowledge = new KnowledgeStore(database);
        knowledge.Import([KnowledgeStore.DemoDataFolder]);
        var recognizer = UtteranceRecognizer.CreateDefault();
        DialogServiceCollectionExtensions.WarmUpDialogRecognizers();

        var ours = BuildBot(knowledge, recognizer);
        IBot echo = new EchoBot();
        output.WriteLine($"{"bot",-10} {"conc",4} {"turns",6} {"turns/s",9} {"p50 ms",8} {"p99 ms",8}");
        foreach (var concurrency in new[] { 1, 32 })
        {
            var turns = concurrency == 1 ? 440 : 3520;
            await MeasureAsync(echo, concurrency, turns / 4, cancellationToken);
            await MeasureAsync(ours, concurrency, turns / 4, cancellationToken);
            var e = await MeasureAsync(echo, concurrency, turns, cancellationToken);
            var o = await MeasureAsync(ours, concurrency, turns, cancellationToken);
            Print(output, "echo", concurrency, e);
            Print(output, "dialogs", concurrency, o);
            output.WriteLine($"{"ratio",-10} {concurrency,4} {"",6} {o.PerSecond / e.PerSecond,9:P0} {o.P50 / e.P50,8:F2}x {o.P99 / e.P99,8:F2}x");
        }
    }

    private static IBot BuildBot(IKnowledgeSearch knowledge, IUtteranceRecognizer recognizer)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<IStorage>(new MemoryStorage());
        services.AddSingleton<ConversationState, TrierConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton(knowledge);
        services.AddSingleton(recognizer);
        services.AddTrierDialogs();
        return services.BuildServiceProvider().GetRequiredService<IBot>();
    }

    private static async Task<Result> MeasureAsync(IBot bot, int concurrency, int turns, CancellationToken cancellationToken)
    {
        var latencies = new double[turns];
        var next = -1;
        var runId = Guid.NewGuid().ToString("N")[..8];
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            // One adapter per conversation: turns of one conversation never overlap, as the host guarantees.
            var adapter = new TestAdapter(TestAdapter.CreateConversation($"bench-{runId}-{worker}")) { Locale = "de-de" };
            var turnInConversation = 0;
            int i;
            while ((i = Interlocked.Increment(ref next)) < turns)
            {
                var activity = adapter.MakeActivity(Script[turnInConversation++ % Script.Length]);
                var started = Stopwatch.GetTimestamp();
                await adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, cancellationToken);
                while (adapter.GetNextReply() is not null)
                {
                }

                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }, cancellationToken)));
        total.Stop();
        Array.Sort(latencies);
        return new Result(turns, turns / total.Elapsed.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static void Print(TextWriter output, string bot, int concurrency, Result r) =>
        output.WriteLine($"{bot,-10} {concurrency,4} {r.Turns,6} {r.PerSecond,9:F0} {r.P50,8:F2} {r.P99,8:F2}");

    private sealed record Result(int Turns, double PerSecond, double P50, double P99);

    private sealed class EchoBot : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync(MessageFactory.Text($"Echo: {turnContext.Activity.Text}"), cancellationToken);
    }
}
