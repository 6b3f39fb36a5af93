using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TrierBot.Dialogs.Handoff;

namespace TrierBot.Dialogs.Tests;

public class HandoffTranscriptMiddlewareTests
{
    private readonly MemoryTranscriptStore _store = new();

    [Fact]
    public async Task OnTurn_MessageWithChannelDataAndCardReply_KeepsOnlySenderTimeAndTextWithCardTitles()
    {
        var adapter = Adapter();
        await new TestFlow(adapter, async (context, ct) =>
            {
                var reply = MessageFactory.Attachment(new HeroCard("Robotik-AG", "Jugendzentrum (Beispiel)", buttons: [new CardAction(ActionTypes.ImBack, "Details", value: "details offer-1")]).ToAttachment(), "Das passt:");
                reply.SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, "Mehr", value: "mehr")] };
                await context.SendActivityAsync(reply, ct);
            })
            .Send(new Activity
            {
                Type = ActivityTypes.Message,
                Text = "was gibt es zu robotik",
                ChannelData = JObject.FromObject(new { phone = "+49 000 0000000" }),
                Entities = [new Entity("geo")],
            })
            .AssertReply(a => Assert.Equal("Das passt:", a.AsMessageActivity().Text))
            .StartTestAsync();

        var logged = (await _store.GetTranscriptActivitiesAsync("test", adapter.Conversation.Conversation.Id)).Items;

        Assert.Equal(2, logged.Length);
        var user = Assert.IsType<Activity>(logged[0]);
        Assert.Equal("was gibt es zu robotik", user.Text);
        Assert.Equal("user1", user.From.Id);
        Assert.Null(user.From.Name);
        Assert.Null(user.ChannelData);
        Assert.Null(user.Entities);
        Assert.NotNull(user.Timestamp);
        var bot = Assert.IsType<Activity>(logged[1]);
        Assert.Equal("Das passt:\nRobotik-AG", bot.Text);
        Assert.Null(bot.Attachments);
        Assert.Null(bot.SuggestedActions);
        Assert.Equal("bot", bot.From.Id);
    }

    [Fact]
    public async Task OnTurn_TurnFailsAfterAReply_StillLogsTheMessageAndTheReply()
    {
        var adapter = Adapter();
        adapter.OnTurnError = (_, _) => Task.CompletedTask;

        await new TestFlow(adapter, async (context, ct) =>
            {
                await context.SendActivityAsync("Moment …", cancellationToken: ct);
                throw new InvalidOperationException("knowledge store gone");
            })
            .Send("hallo")
            .AssertReply("Moment …")
            .StartTestAsync();

        var logged = (await _store.GetTranscriptActivitiesAsync("test", adapter.Conversation.Conversation.Id)).Items;
        Assert.Equal(["hallo", "Moment …"], logged.Select(a => a.AsMessageActivity().Text));
    }

    [Fact]
    public async Task OnTurn_TypingAndEmptyMessages_AreNotLogged()
    {
        var adapter = Adapter();
        await new TestFlow(adapter, async (context, ct) =>
            {
                await context.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, ct);
                await context.SendActivityAsync(MessageFactory.Text(""), ct);
            })
            .Send(new Activity { Type = ActivityTypes.Event, Name = "webchat/join" })
            .AssertReply(a => Assert.Equal(ActivityTypes.Typing, a.Type))
            .AssertReply(a => Assert.Equal(ActivityTypes.Message, a.Type))
            .StartTestAsync();

        Assert.Empty((await _store.GetTranscriptActivitiesAsync("test", adapter.Conversation.Conversation.Id)).Items);
    }

    private TestAdapter Adapter() => (TestAdapter)new TestAdapter().Use(new HandoffTranscriptMiddleware(_store));
}
