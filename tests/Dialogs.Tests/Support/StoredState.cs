using Microsoft.Bot.Builder;
using TrierBot.Dialogs.State;

namespace TrierBot.Dialogs.Tests.Support;

/// <summary>Reads what the bot persisted, as the next bot instance after a restart would.</summary>
public static class StoredState
{
    public static async Task<ConversationData> ConversationDataAsync(IStorage storage, string conversationId = "conv-1", string channelId = "test")
    {
        var key = $"{channelId}/conversations/{conversationId}";
        var items = await storage.ReadAsync([key]);
        var state = Assert.IsAssignableFrom<IDictionary<string, object>>(items[key]);
        return Assert.IsType<ConversationData>(state[nameof(ConversationData)]);
    }
}
