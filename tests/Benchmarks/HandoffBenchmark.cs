using System.Diagnostics;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TrierBot.Handoff;
using TrierBot.Privacy;

namespace TrierBot.Benchmarks;

/// <summary>
/// What the hand-off middleware costs every turn: an echo bot on the SDK's TestAdapter without it (baseline), with it
/// for conversations that are not handed off (the common case), and for a handed-off conversation (message stored, bot silent).
/// </summary>
public sealed class HandoffBenchmark : IBenchmark
{
    private const int Turns = 5000;

    public string Name => "handoff";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "trierbot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        using var store = new HandoffStore(Path.Combine(folder, "handoff.db"));
        var storage = new MemoryStorage();
        BotCallbackHandler echo = (turnContext, ct) => turnContext.SendActivityAsync(MessageFactory.Text("echo"), ct);

        var baseline = new TestAdapter();
        var plain = await MeasureAsync(baseline, echo, cancellationToken);

        var withHandoff = NewAdapter(store, storage, "bench-free");
        var free = await MeasureAsync(withHandoff, echo, cancellationToken);

        var handedOff = NewAdapter(store, storage, "bench-owned");
        store.SaveCase(new HandoffCase { ChannelId = handedOff.Conversation.ChannelId, ConversationId = handedOff.Conversation.Conversation.Id, Status = HandoffCaseStatus.Active, Counsellor = "bench", QueuedUtc = DateTime.UtcNow, UpdatedUtc = DateTime.UtcNow, ReferenceJson = "{}" });
        var owned = await MeasureAsync(handedOff, echo, cancellationToken);

        output.WriteLine($"{"pipeline",-34} {"turns",6} {"µs/turn",9} {"vs baseline",12}");
        output.WriteLine($"{"echo, no middleware (baseline)",-34} {Turns,6} {plain,9:F1} {"",12}");
        output.WriteLine($"{"echo + hand-off, not handed off",-34} {Turns,6} {free,9:F1} {free / plain,11:F2}x");
        output.WriteLine($"{"hand-off, owned by a counsellor",-34} {Turns,6} {owned,9:F1} {owned / plain,11:F2}x");
        try { Directory.Delete(folder, true); } catch (IOException) { }
    }

    private static TestAdapter NewAdapter(HandoffStore store, IStorage storage, string conversationId)
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation(conversationId));
        var registry = new ChannelAdapterRegistry(new ServiceCollection().BuildServiceProvider(), [new ChannelAdapterRegistration(adapter.Conversation.ChannelId, _ => adapter)], new ConfigurationBuilder().Build());
        var live = new HandoffLiveUpdates();
        var queue = new HandoffQueue(store, live, new UserChannelSender(registry), new ConversationState(storage), [], Options.Create(new HandoffOptions()), TimeProvider.System, NullLogger<HandoffQueue>.Instance);
        var eraser = new ConversationEraser([queue], TimeProvider.System, NullLogger<ConversationEraser>.Instance);
        adapter.Use(new HandoffMiddleware(store, queue, live, eraser, TimeProvider.System));
        return adapter;
    }

    /// <summary>Microseconds per turn after a warm-up, replies drained as they come.</summary>
    private static async Task<double> MeasureAsync(TestAdapter adapter, BotCallbackHandler bot, CancellationToken cancellationToken)
    {
        for (var i = 0; i < Turns / 10; i++)
        {
            await adapter.SendTextToBotAsync("hallo", bot, cancellationToken);
            while (adapter.GetNextReply() is not null) { }
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Turns; i++)
        {
            await adapter.SendTextToBotAsync("ich suche ein praktikum", bot, cancellationToken);
            while (adapter.GetNextReply() is not null) { }
        }

        return watch.Elapsed.TotalMicroseconds / Turns;
    }
}
