using LiteDB;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using TrierBot.Handoff;
using TrierBot.State;

namespace TrierBot.Bot.Tests;

/// <summary>The messages a counsellor gets at hand-off: logged by the SDK's transcript logger into the state database.</summary>
public sealed class ConversationTranscriptTests
{
    [Fact]
    public async Task Post_UserAsksForHumanAfterSomeMessages_CaseTranscriptHasTheEarlierMessages()
    {
        await using var host = await LoopbackHost.StartAsync();
        var client = new BotClient(host.Client, "c-transcript");
        await client.SayAsync("ich suche ein praktikum");
        await client.SayAsync("16");

        await client.SayAsync("ich will mit einem menschen reden");

        var store = host.Services.GetRequiredService<HandoffStore>();
        var handoffCase = store.FindOpenCase("test", "c-transcript");
        Assert.NotNull(handoffCase);
        var lines = store.Transcript(handoffCase.Id);
        Assert.Contains(lines, l => l.Role == TranscriptEntry.UserRole && l.Text == "ich suche ein praktikum");
        Assert.Contains(lines, l => l.Role == TranscriptEntry.UserRole && l.Text == "16");
        Assert.Contains(lines, l => l.Role == TranscriptEntry.BotRole && l.Text.Contains("Wie alt bist du", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_DeleteMyDataConfirmed_TranscriptDeleted()
    {
        await using var host = await LoopbackHost.StartAsync();
        var client = new BotClient(host.Client, "c-forget");
        await client.SayAsync("ich suche ein praktikum");
        var transcripts = host.Services.GetRequiredService<ITranscriptStore>();
        Assert.NotEmpty((await transcripts.GetTranscriptActivitiesAsync("test", "c-forget")).Items);

        await client.SayAsync("Lösche meine Daten");
        await client.SayAsync("Ja");

        Assert.Empty((await transcripts.GetTranscriptActivitiesAsync("test", "c-forget")).Items);
    }

    [Fact]
    public async Task LogActivity_TracesTypingAndEvents_OnlyMessagesKept()
    {
        using var db = StateDatabase.OpenInMemory();
        using var writer = new LiteDbGroupCommit(db);
        var store = new LiteDbTranscriptStore(writer, NullLogger<LiteDbTranscriptStore>.Instance);

        await store.LogActivityAsync(Message("hallo"));
        await store.LogActivityAsync(new Activity { Type = ActivityTypes.Trace, ChannelId = "test", Conversation = new ConversationAccount(id: "c") });
        await store.LogActivityAsync(new Activity { Type = ActivityTypes.Typing, ChannelId = "test", Conversation = new ConversationAccount(id: "c") });
        await store.LogActivityAsync(new Activity { Type = ActivityTypes.Event, Name = "handoff.initiate", ChannelId = "test", Conversation = new ConversationAccount(id: "c") });
        await store.LogActivityAsync(Message("tschüss"));

        var page = await store.GetTranscriptActivitiesAsync("test", "c");
        Assert.Equal(["hallo", "tschüss"], page.Items.Select(a => a.AsMessageActivity().Text));
    }

    [Fact]
    public async Task LogActivity_WholeActivityWithCardAndChannelData_KeepsSenderTimeAndTextWithCardTitlesOnly()
    {
        using var db = StateDatabase.OpenInMemory();
        using var writer = new LiteDbGroupCommit(db);
        var store = new LiteDbTranscriptStore(writer, NullLogger<LiteDbTranscriptStore>.Instance);
        var sent = new DateTimeOffset(2026, 11, 27, 15, 30, 0, TimeSpan.Zero);
        var message = Message("Das passt:");
        message.Timestamp = sent;
        message.From = new ChannelAccount("bot-1", "TrierBot", RoleTypes.Bot);
        message.ChannelData = new { phone = "+49 000 0000000" };
        message.Attachments = [new HeroCard("Robotik-AG", buttons: [new CardAction(ActionTypes.ImBack, "Details", value: "details")]).ToAttachment()];

        await store.LogActivityAsync(message);

        var stored = Assert.IsType<Activity>(Assert.Single((await store.GetTranscriptActivitiesAsync("test", "c")).Items));
        Assert.Equal(ActivityTypes.Message, stored.Type);
        Assert.Equal("Das passt:\nRobotik-AG", stored.Text);
        Assert.Equal(sent, stored.Timestamp);
        Assert.Equal(("bot-1", RoleTypes.Bot, (string?)null), (stored.From.Id, stored.From.Role, stored.From.Name));
        Assert.Equal("c", stored.Conversation.Id);
        Assert.Null(stored.ChannelData);
        Assert.Null(stored.Attachments);
    }

    [Fact]
    public async Task GetTranscriptActivities_MoreThanOnePage_ContinuationReturnsTheRestInOrder()
    {
        using var db = StateDatabase.OpenInMemory();
        using var writer = new LiteDbGroupCommit(db);
        var store = new LiteDbTranscriptStore(writer, NullLogger<LiteDbTranscriptStore>.Instance);
        var count = LiteDbTranscriptStore.PageSize + 20;
        for (var i = 0; i < count; i++)
        {
            await store.LogActivityAsync(Message($"m{i}"));
        }

        var first = await store.GetTranscriptActivitiesAsync("test", "c");
        var second = await store.GetTranscriptActivitiesAsync("test", "c", first.ContinuationToken);

        Assert.Equal(LiteDbTranscriptStore.PageSize, first.Items.Length);
        Assert.NotNull(first.ContinuationToken);
        Assert.Null(second.ContinuationToken);
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"m{i}"), first.Items.Concat(second.Items).Select(a => a.AsMessageActivity().Text));
    }

    [Fact]
    public async Task DeleteOlderThan_MixedAges_DeletesOnlyTheOldMessages()
    {
        using var db = StateDatabase.OpenInMemory();
        using var writer = new LiteDbGroupCommit(db);
        var store = new LiteDbTranscriptStore(writer, NullLogger<LiteDbTranscriptStore>.Instance);
        var now = DateTimeOffset.UtcNow;
        await store.LogActivityAsync(Message("alt", now.AddDays(-40)));
        // Messages stored by one commit share a chunk (in practice: one turn's); a read commits what is buffered.
        await store.GetTranscriptActivitiesAsync("test", "c");
        await store.LogActivityAsync(Message("neu", now.AddDays(-1)));

        var deleted = await store.DeleteOlderThanAsync(now.AddDays(-30).UtcDateTime);

        Assert.Equal(1, deleted);
        Assert.Equal(["neu"], (await store.GetTranscriptActivitiesAsync("test", "c")).Items.Select(a => a.AsMessageActivity().Text));
    }

    private static Activity Message(string text, DateTimeOffset? timestamp = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        ChannelId = "test",
        Conversation = new ConversationAccount(id: "c"),
        From = new ChannelAccount("u", role: RoleTypes.User),
        Timestamp = timestamp,
    };
}
