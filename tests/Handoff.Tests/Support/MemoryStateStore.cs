using Microsoft.Bot.Builder;
using TrierBot.Privacy;

namespace TrierBot.Handoff.Tests.Support;

/// <summary>The SDK's MemoryStorage as an erasable store, as the host's LiteDbStorage is one: conversation and user state go.</summary>
public sealed class MemoryStateStore(IStorage storage) : IConversationDataStore
{
    public Task EraseAsync(ErasedConversation conversation, CancellationToken cancellationToken) =>
        storage.DeleteAsync(
            [$"{conversation.ChannelId}/conversations/{conversation.ConversationId}", $"{conversation.ChannelId}/users/{conversation.UserId}"],
            cancellationToken);

    public Task<int> EraseExpiredAsync(DateTime nowUtc, CancellationToken cancellationToken) => Task.FromResult(0);
}
