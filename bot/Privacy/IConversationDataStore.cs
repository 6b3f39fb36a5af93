namespace TrierBot.Privacy;

/// <summary>
/// A store that keeps something of a person's conversation. Each store implements this and registers itself in
/// DI; <see cref="ConversationEraser"/> calls every registered one, for "Lösche meine Daten", the page's delete
/// button and retention alike.
/// </summary>
public interface IConversationDataStore
{
    /// <summary>
    /// Deletes everything kept of the conversation and of its user, and leaves none of it in the store's files
    /// (a LiteDB store checkpoints, so the text is not left in its <c>-log.db</c>).
    /// </summary>
    Task EraseAsync(ErasedConversation conversation, CancellationToken cancellationToken);

    /// <summary>Retention: deletes what was kept longer than the store's own retention period (as of <paramref name="nowUtc"/>); returns how many items.</summary>
    Task<int> EraseExpiredAsync(DateTime nowUtc, CancellationToken cancellationToken);
}
