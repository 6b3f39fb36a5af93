using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TrierBot.Handoff.Tests.Support;
using TrierBot.Privacy;

namespace TrierBot.Handoff.Tests;

/// <summary>The hand-off middleware on the SDK's TestAdapter, with a real store in a temp file and a hand-moved clock.</summary>
public sealed class HandoffHarness : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "trierbot-handoff-tests", Guid.NewGuid().ToString("N"));

    public HandoffHarness(DateTimeOffset? now = null, string topic = "Literacy", string register = "du")
    {
        Directory.CreateDirectory(_folder);
        Clock = new ManualClock(now ?? ManualClock.OfficeOpen);
        Store = new HandoffStore(Path.Combine(_folder, "handoff.db"));
        Adapter = new TestAdapter();
        ConversationState = new ConversationState(Storage);
        var registry = new ChannelAdapterRegistry(new ServiceCollection().BuildServiceProvider(),
            [new ChannelAdapterRegistration(Adapter.Conversation.ChannelId, _ => Adapter)], new ConfigurationBuilder().Build());
        var options = Options.Create(Options_);
        Queue = new HandoffQueue(Store, Live, new UserChannelSender(registry), ConversationState, [], options, Clock, NullLogger<HandoffQueue>.Instance);
        Eraser = new ConversationEraser([new MemoryStateStore(Storage), Queue], Clock, NullLogger<ConversationEraser>.Instance);
        Adapter.Use(new HandoffMiddleware(Store, Queue, Live, Eraser, Clock));
        Bot = new EscalatingBot(ConversationState, topic, register);
        Timeouts = new HandoffTimeoutService(Queue, options, Clock, NullLogger<HandoffTimeoutService>.Instance);
    }

    public HandoffOptions Options_ { get; } = new() { AcceptTimeout = TimeSpan.FromMinutes(5) };
    public ManualClock Clock { get; }
    public MemoryStorage Storage { get; } = new();
    public ConversationState ConversationState { get; }
    public HandoffStore Store { get; }
    public HandoffLiveUpdates Live { get; } = new();
    public HandoffQueue Queue { get; }
    public TestAdapter Adapter { get; }
    public EscalatingBot Bot { get; }
    public HandoffTimeoutService Timeouts { get; }
    public ConversationEraser Eraser { get; }

    public static CounsellorIdentity Anna { get; } = new("anna", "Anna (Demo)", [HandoffTeams.Grundbildung]);
    public static CounsellorIdentity Ben { get; } = new("ben", "Ben (Demo)", [HandoffTeams.Mint]);

    public HandoffCase? OpenCase => Store.FindOpenCase(Adapter.Conversation.ChannelId, Adapter.Conversation.Conversation.Id);

    /// <summary>The user writes; returns everything that reached the user in that turn.</summary>
    public async Task<IReadOnlyList<IActivity>> SayAsync(string text)
    {
        await Adapter.SendTextToBotAsync(text, Bot.OnTurnAsync, CancellationToken.None);
        return Drain();
    }

    public async Task<IReadOnlyList<string>> SayTextsAsync(string text) => Texts(await SayAsync(text));

    /// <summary>What reached the user since the last call (e.g. after a counsellor action).</summary>
    public IReadOnlyList<IActivity> Drain()
    {
        var replies = new List<IActivity>();
        while (Adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }

        return replies;
    }

    public static IReadOnlyList<string> Texts(IEnumerable<IActivity> activities) =>
        activities.OfType<IMessageActivity>().Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text ?? "").ToList();

    public async Task<HandoffCase> EscalateAsync()
    {
        await SayAsync("Ich möchte mit einem Menschen reden");
        return OpenCase ?? throw new InvalidOperationException("not queued");
    }

    public void Dispose()
    {
        Store.Dispose();
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }
}
