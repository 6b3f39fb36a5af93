using TrierBot.Dialogs;

namespace TrierBot.Bot.Tests;

/// <summary>
/// What the restart and kill tests say before and after the host goes down: a topic, the answer to its first
/// question, then (after the restart) the answer to the question pending at that moment. Whether the dialog
/// resumed is judged against the same conversation on a host that never went down, not against wording: the
/// guided conversations change, the rule does not.
/// </summary>
public static class DialogResumeScenario
{
    private static readonly string[] BeforeRestart = ["ich suche ein praktikum", "16"];
    private const string AfterRestart = "Handwerk";

    /// <summary>The turns before the restart; returns the question the first answer ("16") answered.</summary>
    public static async Task<string> RunBeforeRestartAsync(BotClient client)
    {
        var answered = "";
        foreach (var message in BeforeRestart)
        {
            var replies = await client.SayTextsAsync(message);
            Assert.NotEmpty(replies);
            answered = answered.Length == 0 ? replies[^1] : answered;
        }

        return answered;
    }

    /// <summary>
    /// On the host that came back: the conversation answers the pending question exactly as a conversation that never
    /// stopped does (same step, the age given before the restart still known), and unlike a fresh start.
    /// </summary>
    public static async Task AssertResumesAsync(HttpClient http, string conversationId, string answeredBeforeRestart)
    {
        var resumed = await new BotClient(http, conversationId).SayTextsAsync(AfterRestart);

        var control = new BotClient(http, conversationId + "-control");
        await RunBeforeRestartAsync(control);
        var uninterrupted = await control.SayTextsAsync(AfterRestart);
        var fresh = await new BotClient(http, conversationId + "-fresh").SayTextsAsync(AfterRestart);

        // The scenario can tell a resumed dialog from a fresh start at all.
        Assert.NotEqual(fresh, uninterrupted);
        Assert.DoesNotContain(TrierActivityHandler.WelcomeText, resumed);
        Assert.DoesNotContain(answeredBeforeRestart, resumed);
        Assert.Equal(uninterrupted, resumed);
    }
}
