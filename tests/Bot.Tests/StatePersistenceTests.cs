using LiteDB;
using Microsoft.Bot.Builder;
using TrierBot.Dialogs.State;
using TrierBot.State;

namespace TrierBot.Bot.Tests;

public sealed class StatePersistenceTests
{
    [Fact]
    public async Task Post_TwentyConcurrentMessagesIntoOneConversation_CountsEveryTurn()
    {
        var folder = LoopbackHost.NewDataFolder();
        await using (var host = await LoopbackHost.StartAsync(folder))
        {
            var client = new BotClient(host.Client, "c-concurrent");
            await Task.WhenAll(Enumerable.Range(1, 20).Select(i => client.SayAsync($"nachricht {i}")));
        }

        var data = await ReadConversationDataAsync(folder, "c-concurrent");
        Assert.Equal(20, data.TurnCount);
    }

    [Fact]
    public async Task Post_AfterHostRestart_DialogContinuesAtThePendingQuestion()
    {
        var folder = LoopbackHost.NewDataFolder();
        string answered;
        await using (var first = await LoopbackHost.StartAsync(folder))
        {
            answered = await DialogResumeScenario.RunBeforeRestartAsync(new BotClient(first.Client, "c-restart"));
        }

        await using (var second = await LoopbackHost.StartAsync(folder))
        {
            await DialogResumeScenario.AssertResumesAsync(second.Client, "c-restart", answered);
        }

        var data = await ReadConversationDataAsync(folder, "c-restart");
        Assert.Equal(3, data.TurnCount);
        Assert.True(data.Welcomed);
    }

    internal static async Task<ConversationData> ReadConversationDataAsync(string folder, string conversationId)
    {
        using var db = StateDatabase.Open(Path.Combine(folder, "state.db"));
        using var writer = new LiteDbGroupCommit(db);
        var storage = new LiteDbStorage(writer);
        var items = await storage.ReadAsync([$"test/conversations/{conversationId}"]);
        var state = Assert.IsAssignableFrom<IDictionary<string, object>>(Assert.Single(items).Value);
        return Assert.IsType<ConversationData>(state[nameof(ConversationData)]);
    }
}
