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
            await before.SayAsync("Ich suche eine Ausbildung");
            await before.SayAsync("15");
        }

        using var after = new BotHarness(storage);
        var replies = await after.SayAsync("Gymnasium");

        Assert.StartsWith(Asks.Interests, replies.LastText());
        replies.AssertDoesNotContain("Ich bin TrierBot");
    }

    [Fact]
    public async Task Restart_StorageWithoutTypeNames_StillContinuesTheDialog()
    {
        // A storage that keeps plain JSON hands back JObjects: the dialog stack must still resume.
        var storage = new PlainJsonStorage();
        using (var before = new BotHarness(storage))
        {
            await before.SayAsync("Ich bin 16 und suche eine Ausbildung");
            await before.SayAsync("IGS");
        }

        using var after = new BotHarness(storage);
        var replies = await after.SayAsync("Handwerk");

        Assert.StartsWith(Asks.District, replies.LastText());
    }
}
