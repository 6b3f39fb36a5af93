using Microsoft.Bot.Builder;
using TrierBot.Dialogs.Tests.Support;

namespace TrierBot.Dialogs.Tests;

public class RestartTests
{
    [Fact]
    public async Task Restart_NewBotInstanceOnSameStorage_ContinuesTheDialogWhereItStopped()
    {
        var storage = new MemoryStorage();
        using (var before = new BotHarness(storage))
        {
            await before.SayAsync("Ausbildung & Studium");
            await before.SayAsync("15");
        }

        using var after = new BotHarness(storage);
        var replies = await after.SayAsync("Handwerk");

        replies.AssertContains(Asks.Found);
        replies.AssertDoesNotContain("Ich bin TrierBot");
    }

    [Fact]
    public async Task Restart_StorageWithoutTypeNames_StillContinuesTheDialog()
    {
        // A storage that keeps plain JSON hands back JObjects: the dialog stack must still resume.
        var storage = new PlainJsonStorage();
        using (var before = new BotHarness(storage))
        {
            await before.SayAsync("Ausbildung & Studium");
            await before.SayAsync("16");
        }

        using var after = new BotHarness(storage);
        var replies = await after.SayAsync("Handwerk");

        replies.AssertContains(Asks.Found);
    }
}
