namespace TrierBot.Bot.Tests;

public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task Post_AfterKill9_DialogContinuesAtThePendingQuestion()
    {
        var folder = LoopbackHost.NewDataFolder();
        string answered;
        using (var first = await BotProcess.StartAsync(folder))
        {
            answered = await DialogResumeScenario.RunBeforeRestartAsync(new BotClient(first.Client, "c-kill"));
            first.Kill();
        }

        using (var second = await BotProcess.StartAsync(folder))
        {
            await DialogResumeScenario.AssertResumesAsync(second.Client, "c-kill", answered);
        }

        var data = await StatePersistenceTests.ReadConversationDataAsync(folder, "c-kill");
        Assert.Equal(3, data.TurnCount);
    }
}
