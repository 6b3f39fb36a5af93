using Microsoft.Bot.Schema;
using TrierBot.Bot.Tests;
using TrierBot.Handoff.Tests.Support;

namespace TrierBot.Handoff.Tests;

/// <summary>
/// The turn that starts a hand-off, on the real host with the real dialogs over <c>/api/messages</c>: the user reads
/// one message that says what happens now, and then the bot is quiet — no promise, menu or "anything else?" after it.
/// </summary>
[Collection(LoopbackHostCollection.Name)]
public sealed class HandoffTurnTests
{
    private const string AskForHuman = "ich will mit einem menschen reden";

    [Fact]
    public async Task HandoffTurn_InOfficeHours_InitiationThenOneQueueMessage()
    {
        await using var host = await HostFixtureData.StartHostAsync();
        var user = new BotClient(host.Client, "conv-turn-open");
        await user.SayAsync("hallo");

        var replies = (await user.SayAsync(AskForHuman)).ToList();

        var initiation = replies.FindIndex(a => a.Type == ActivityTypes.Event && a.Name == HandoffEventNames.InitiateHandoff);
        Assert.True(initiation >= 0, "no handoff.initiate");
        var messages = replies.Where(a => a.Type == ActivityTypes.Message).ToList();
        var notice = Assert.Single(messages);
        Assert.True(replies.IndexOf(notice) > initiation);
        Assert.StartsWith("Du bist jetzt in der Warteschlange", notice.Text, StringComparison.Ordinal);
        Assert.Null(notice.SuggestedActions);
        Assert.Empty(await user.SayAsync("hallo?"));
    }

    [Fact]
    public async Task HandoffTurn_OutsideOfficeHours_OneMessageWithReturnAndOfferNoPromise()
    {
        // Open from 0:00 to 0:00 on no day at all: closed whenever the test runs.
        await using var host = await HostFixtureData.StartHostAsync(new Dictionary<string, string>
        {
            ["Handoff:OfficeHours:Opens"] = "00:00", ["Handoff:OfficeHours:Closes"] = "00:00",
        });
        var user = new BotClient(host.Client, "conv-turn-closed");
        await user.SayAsync("hallo");

        var replies = await user.SayAsync(AskForHuman);

        var offer = Assert.Single(replies, a => a.Type == ActivityTypes.Message);
        Assert.StartsWith("Gerade ist leider niemand im Büro", offer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sobald jemand frei ist", offer.Text);
        Assert.Contains("0651 9990-1000", offer.Text);
        Assert.Contains(offer.SuggestedActions.Actions, a => a.Title == HandoffTexts.CallbackChoice(false));
    }
}
