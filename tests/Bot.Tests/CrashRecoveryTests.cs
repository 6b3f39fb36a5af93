namespace TrierBot.Bot.Tests;

public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task Post_AfterKill9_ContinuesTheConversationState()
    {
        var folder = LoopbackHost.NewDataFolder();
        using (var first = await BotProcess.StartAsync(folder))
        {
            var client = new BotClient(first.Client, "c-kill");
            await client.SayAsync("hallo");
            await client.SayAsync("ich suche was");
            first.Kill();
        }

        using (var second = await BotProcess.StartAsync(folder))
        {
            var client = new BotClient(second.Client, "c-kill");
            Assert.NotEmpty(await client.SayTextsAsync("und weiter"));
        }

        var data = await StatePersistenceTests.ReadConversationDataAsync(folder, "c-kill");
        Assert.Equal(3, data.TurnCount);
    }
}
