using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrierBot.Dialogs.Handoff;
using TrierBot.Dialogs.State;
using TrierBot.Knowledge;
using TrierBot.Understanding;

namespace TrierBot.Dialogs.Tests.Support;

/// <summary>
/// The bot as the host builds it (AddTrierDialogs over real Bot Framework state) on the real recognizer and the
/// real knowledge store with the demo data, talking through the SDK's TestAdapter. Storage can be shared to
/// simulate a restart. Only a test that must pin data the demo store cannot hold asks for the in-test store
/// (<paramref name="fakeKnowledge"/>) and says why.
/// </summary>
public sealed class BotHarness : IDisposable
{
    public static readonly DateTimeOffset Start = new(2027, 2, 1, 10, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;

    public BotHarness(IStorage? storage = null, string channelId = "test", string conversationId = "conv-1", ManualClock? clock = null, bool fakeKnowledge = false)
    {
        Storage = storage ?? new MemoryStorage();
        Clock = clock ?? new ManualClock(fakeKnowledge ? Start : RealStack.Today);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton(Storage);
        services.AddSingleton<ConversationState, TrierConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(fakeKnowledge ? Knowledge : RealStack.Knowledge);
        services.AddSingleton(RealStack.Recognizer);
        services.AddTrierDialogs();
        _services = services.BuildServiceProvider();
        Bot = _services.GetRequiredService<IBot>();
        Adapter = new TestAdapter(new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = "https://test.example.org",
            User = new ChannelAccount("user-1", "Nutzer", RoleTypes.User),
            Bot = new ChannelAccount("bot-1", "TrierBot", RoleTypes.Bot),
            Conversation = new ConversationAccount(id: conversationId),
        }, sendTraceActivity: true)
        {
            Locale = "de-de",
        };
        // As the host does: the transcript middleware feeds the store the hand-off reads.
        Adapter.Use(new HandoffTranscriptMiddleware(_services.GetRequiredService<ITranscriptStore>()));
    }

    public IStorage Storage { get; }

    public ManualClock Clock { get; }

    /// <summary>The in-test store (only used with <c>fakeKnowledge</c>).</summary>
    public FakeKnowledgeSearch Knowledge { get; } = new();

    /// <summary>The real stack, for tests that check real data and real understanding.</summary>
    public static BotHarness Real(string channelId = "test", IStorage? storage = null) => new(storage, channelId);

    public IBot Bot { get; }

    public TestAdapter Adapter { get; }

    /// <summary>A transcript test in the SDK's own style.</summary>
    public TestFlow Flow() => new(Adapter, Bot);

    /// <summary>Sends one message and returns every reply of that turn.</summary>
    public Task<List<Activity>> SayAsync(string text) => SendAsync(Adapter.MakeActivity(text));

    /// <summary>Clicks a card button: a message that carries only the button's value.</summary>
    public Task<List<Activity>> ClickAsync(object value) => SendAsync(new Activity { Type = ActivityTypes.Message, Value = value });

    public Task<List<Activity>> JoinAsync() => SendAsync(new Activity
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount("user-1", "Nutzer", RoleTypes.User)],
    });

    public async Task<List<Activity>> SendAsync(Activity activity)
    {
        await Adapter.ProcessActivityAsync(activity, Bot.OnTurnAsync, CancellationToken.None);
        var replies = new List<Activity>();
        while (Adapter.GetNextReply() is Activity reply)
        {
            replies.Add(reply);
        }

        return replies;
    }

    public void Dispose() => _services.Dispose();
}
