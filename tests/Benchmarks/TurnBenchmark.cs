using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace TrierBot.Benchmarks;

/// <summary>
/// Turn throughput and latency of <c>POST /api/messages</c> with expectReplies: TrierBot (state in LiteDB,
/// dialogs, knowledge) next to a plain echo ActivityHandler on the same SDK, at 1 and 32 concurrent conversations.
/// </summary>
public sealed class TurnBenchmark : IBenchmark
{
    private static readonly string[] Messages =
    [
        "hallo", "ich suche ein praktikum", "16", "Trier-Nord", "was gibt es zu robotik", "abbrechen",
    ];

    private const int Pairs = 3;

    public string Name => "turns";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "trierbot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var ours = Program.BuildWebApp(
        [
            "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
            $"--State:DatabasePath={Path.Combine(folder, "state.db")}",
            $"--Knowledge:DatabasePath={Path.Combine(folder, "knowledge.db")}",
            $"--DirectLine:DatabasePath={Path.Combine(folder, "directline.db")}",
            $"--Handoff:DatabasePath={Path.Combine(folder, "handoff.db")}",
            $"--Channels:DatabasePath={Path.Combine(folder, "channels.db")}",
            $"--Monitoring:DatabasePath={Path.Combine(folder, "monitoring.db")}",
        ]);
        var echo = BuildEchoHost();
        await ours.StartAsync(cancellationToken);
        await echo.StartAsync(cancellationToken);
        try
        {
            // CPU ms per turn (this process: client and the measured host) is steadier than wall time on a
            // shared machine: other processes' load stretches latencies but not the work a turn costs. At one
            // conversation it also counts the thread pool spinning between requests, so read it at 32.
            output.WriteLine($"{"host",-10} {"conc",4} {"turns",6} {"turns/s",9} {"p50 ms",8} {"p99 ms",8} {"cpu ms/turn",12}");
            foreach (var concurrency in new[] { 1, 32 })
            {
                var turns = concurrency == 1 ? 600 : 3200;
                // Warm both until the JIT is quiet: tiered compilation keeps recompiling hot methods for a while,
                // longer for a host with more code, and a measurement before that compares the JITs, not the turns.
                output.WriteLine($"warm-up    {concurrency,4} {await WarmUpAsync(Address(echo), concurrency, turns / 4, cancellationToken)}");
                output.WriteLine($"warm-up    {concurrency,4} {await WarmUpAsync(Address(ours), concurrency, turns / 4, cancellationToken)}");
                // Then alternate, so that the machine's changing speed hits both alike; each pair is a ratio.
                var pairs = new List<(Result Echo, Result Ours)>();
                for (var pair = 0; pair < Pairs; pair++)
                {
                    var e = await MeasureAsync(Address(echo), concurrency, turns, cancellationToken);
                    var o = await MeasureAsync(Address(ours), concurrency, turns, cancellationToken);
                    Print(output, "echo", concurrency, e);
                    Print(output, "trierbot", concurrency, o);
                    output.WriteLine($"{"ratio",-10} {concurrency,4} {"",6} {o.PerSecond / e.PerSecond,9:P0} {o.P50 / e.P50,8:F2}x {o.P99 / e.P99,8:F2}x {o.CpuPerTurn / e.CpuPerTurn,11:F2}x");
                    pairs.Add((e, o));
                }

                output.WriteLine($"median of {Pairs} pairs at {concurrency}: throughput ratio {Median(pairs.Select(p => p.Ours.PerSecond / p.Echo.PerSecond)):P0}, "
                    + $"p99 {Median(pairs.Select(p => p.Ours.P99)):F2} ms (echo {Median(pairs.Select(p => p.Echo.P99)):F2} ms)");
            }
        }
        finally
        {
            await ours.StopAsync(cancellationToken);
            await echo.StopAsync(cancellationToken);
        }
    }

    private static void Print(TextWriter output, string host, int concurrency, Result r) =>
        output.WriteLine($"{host,-10} {concurrency,4} {r.Turns,6} {r.PerSecond,9:F0} {r.P50,8:F2} {r.P99,8:F2} {r.CpuPerTurn,12:F3}");

    private static double Median(IEnumerable<double> values) => values.Order().ElementAt(Pairs / 2);

    // Rounds until one compiles (almost) no method, at most 40: returns what it took.
    private static async Task<string> WarmUpAsync(string baseAddress, int concurrency, int turnsPerRound, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        for (var round = 1; ; round++)
        {
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            await MeasureAsync(baseAddress, concurrency, turnsPerRound, cancellationToken);
            var jitted = System.Runtime.JitInfo.GetCompiledMethodCount() - compiled;
            if (jitted <= 2 || round == 40)
            {
                return $"{round} rounds of {turnsPerRound} turns, {started.Elapsed.TotalSeconds:F1} s, last round compiled {jitted} methods";
            }
        }
    }

    private static async Task<Result> MeasureAsync(string baseAddress, int concurrency, int turns, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseAddress) };
        var latencies = new double[turns];
        var next = -1;
        var runId = Guid.NewGuid().ToString("N")[..8];
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var conversation = $"bench-{runId}-{worker}";
            var turnInConversation = 0;
            int i;
            while ((i = Interlocked.Increment(ref next)) < turns)
            {
                var text = Messages[turnInConversation++ % Messages.Length];
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync("/api/messages", new StringContent(MessageJson(conversation, text), Encoding.UTF8, "application/json"), cancellationToken);
                response.EnsureSuccessStatusCode();
                _ = await response.Content.ReadAsStringAsync(cancellationToken);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        total.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Array.Sort(latencies);
        return new Result(turns, turns / total.Elapsed.TotalSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99), cpu.TotalMilliseconds / turns);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static string MessageJson(string conversation, string text) => new JObject
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["text"] = text,
        ["channelId"] = "test",
        ["serviceUrl"] = "http://127.0.0.1:1/",
        ["from"] = new JObject { ["id"] = "user-" + conversation, ["role"] = "user" },
        ["recipient"] = new JObject { ["id"] = "bot", ["role"] = "bot" },
        ["conversation"] = new JObject { ["id"] = conversation },
        ["deliveryMode"] = "expectReplies",
        ["locale"] = "de-DE",
    }.ToString(Newtonsoft.Json.Formatting.None);

    private static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    // The baseline: the SDK's CloudAdapter with an echo ActivityHandler, registered as the Bot Framework's
    // templates do (AddHttpClient, so replies reuse pooled HTTP clients), nothing else.
    private static WebApplication BuildEchoHost()
    {
        var builder = WebApplication.CreateBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>()));
        builder.Services.AddSingleton<IBot, EchoBot>();
        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest req, HttpResponse res, IBotFrameworkHttpAdapter adapter, IBot bot) => adapter.ProcessAsync(req, res, bot));
        return app;
    }

    private sealed record Result(int Turns, double PerSecond, double P50, double P99, double CpuPerTurn);

    private sealed class EchoBot : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync(MessageFactory.Text($"Echo: {turnContext.Activity.Text}"), cancellationToken);
    }
}
