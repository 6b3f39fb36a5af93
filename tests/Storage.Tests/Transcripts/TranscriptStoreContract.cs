using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TrierBot.Privacy;

namespace TrierBot.Storage.Tests.Transcripts;

/// <summary>
/// What every hand-off transcript store promises (<see cref="ITranscriptStore"/> plus erasure and retention), run
/// against each provider by a subclass. <see cref="Open"/> gives a store over the same data each call.
/// </summary>
public abstract class TranscriptStoreContract : IAsyncLifetime
{
    // The tests of one class share a database: each keeps to a channel of its own.
    private readonly string _channel = "webchat-" + Guid.NewGuid().ToString("N")[..8];

    protected abstract ITranscriptStore Open(TimeSpan? retention = null);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Log_MessagesOfUserAndBot_ReadBackInOrderWithSenderTimeAndTextOnly()
    {
        var store = Open();
        var sent = new DateTimeOffset(2026, 12, 3, 17, 0, 0, TimeSpan.Zero);
        await store.LogActivityAsync(Message("c1", "u1", "user", "Ich suche einen Deutschkurs", sent, channelData: "geheim"));
        await store.LogActivityAsync(new Activity { Type = ActivityTypes.Typing, ChannelId = _channel, Conversation = new ConversationAccount { Id = "c1" }, From = new ChannelAccount("bot", role: "bot") });
        await store.LogActivityAsync(Message("c1", "bot", "bot", "Gern! Für wen ist der Kurs?", sent.AddSeconds(1)));

        var page = await Open().GetTranscriptActivitiesAsync(_channel, "c1");

        Assert.Equal(["Ich suche einen Deutschkurs", "Gern! Für wen ist der Kurs?"], page.Items.Select(a => a.AsMessageActivity().Text));
        Assert.Equal(["user", "bot"], page.Items.Select(a => a.From.Role));
        Assert.Equal(sent, page.Items[0].Timestamp);
        Assert.All(page.Items, a => Assert.Null(a.ChannelData));
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task GetTranscriptActivities_MoreThanAPage_PagesWithContinuationToken()
    {
        var store = Open();
        var start = DateTimeOffset.UtcNow.AddMinutes(-10);
        foreach (var i in Enumerable.Range(0, 230))
        {
            await store.LogActivityAsync(Message("c-long", "u1", "user", $"nachricht {i}", start.AddMilliseconds(i)));
        }

        var texts = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await Open().GetTranscriptActivitiesAsync(_channel, "c-long", token);
            texts.AddRange(page.Items.Select(a => a.AsMessageActivity().Text));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 230).Select(i => $"nachricht {i}"), texts);
    }

    [Fact]
    public async Task GetTranscriptActivities_StartDate_LeavesOutOlderMessages()
    {
        var store = Open();
        var start = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
        await store.LogActivityAsync(Message("c1", "u1", "user", "früh", start));
        await store.LogActivityAsync(Message("c1", "u1", "user", "später", start.AddHours(1)));

        var page = await Open().GetTranscriptActivitiesAsync(_channel, "c1", startDate: start.AddMinutes(30));

        Assert.Equal(["später"], page.Items.Select(a => a.AsMessageActivity().Text));
    }

    [Fact]
    public async Task ListTranscripts_TwoConversations_ListsBothOfThatChannelOnly()
    {
        var store = Open();
        await store.LogActivityAsync(Message("c-b", "u1", "user", "b", DateTimeOffset.UtcNow));
        await store.LogActivityAsync(Message("c-a", "u2", "user", "a", DateTimeOffset.UtcNow));
        await store.LogActivityAsync(new Activity { Type = ActivityTypes.Message, Text = "x", ChannelId = _channel + "-other", Conversation = new ConversationAccount { Id = "c-x" }, From = new ChannelAccount("u3", role: "user") });

        var list = await Open().ListTranscriptsAsync(_channel);

        Assert.Equal(["c-a", "c-b"], list.Items.Select(t => t.Id));
        Assert.All(list.Items, t => Assert.Equal(_channel, t.ChannelId));
    }

    [Fact]
    public async Task DeleteTranscript_OneConversation_OthersStay()
    {
        var store = Open();
        await store.LogActivityAsync(Message("c1", "u1", "user", "weg damit", DateTimeOffset.UtcNow));
        await store.LogActivityAsync(Message("c2", "u2", "user", "bleibt", DateTimeOffset.UtcNow));

        await ((IConversationDataStore)Open()).EraseAsync(new ErasedConversation(_channel, "c1", "u1"), CancellationToken.None);

        Assert.Empty((await Open().GetTranscriptActivitiesAsync(_channel, "c1")).Items);
        Assert.Single((await Open().GetTranscriptActivitiesAsync(_channel, "c2")).Items);
    }

    [Fact]
    public async Task EraseExpired_MessagesOlderThanRetention_AreDeletedNewerKept()
    {
        var retention = TimeSpan.FromDays(30);
        var now = DateTime.UtcNow;
        var store = Open(retention);
        await store.LogActivityAsync(Message("c-old", "u1", "user", "alt", now.AddDays(-31)));
        await store.LogActivityAsync(Message("c-new", "u2", "user", "neu", now.AddDays(-1)));

        var deleted = await ((IConversationDataStore)Open(retention)).EraseExpiredAsync(now, CancellationToken.None);

        Assert.True(deleted >= 1);
        Assert.Empty((await Open().GetTranscriptActivitiesAsync(_channel, "c-old")).Items);
        Assert.Single((await Open().GetTranscriptActivitiesAsync(_channel, "c-new")).Items);
    }

    private Activity Message(string conversationId, string fromId, string role, string text, DateTimeOffset sent, string? channelData = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        Text = text,
        Timestamp = sent,
        ChannelId = _channel,
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount(fromId, role: role),
        Recipient = new ChannelAccount("trierbot"),
        ChannelData = channelData,
    };
}
