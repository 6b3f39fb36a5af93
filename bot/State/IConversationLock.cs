namespace TrierBot.State;

/// <summary>
/// Holds a conversation for one turn across every instance that shares the stores (PostgreSQL: an advisory lock),
/// so that two instances never run turns of one conversation side by side. Released when the handle is disposed.
/// </summary>
public interface IConversationLock
{
    Task<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken);
}
