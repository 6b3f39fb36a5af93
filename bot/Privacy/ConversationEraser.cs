namespace TrierBot.Privacy;

/// <summary>
/// The one eraser behind "Lösche meine Daten", the page's "Verlauf jetzt löschen" and retention: it goes through
/// one list of stores, every <see cref="IConversationDataStore"/> registered in DI (bot state, transcripts,
/// Direct Line, hand-off cases and callbacks, messenger data).
/// </summary>
/// <remarks>
/// Whoever erases a conversation inside its own turn answers the person first: on Direct Line the conversation
/// is gone afterwards, and nothing can be sent into it any more.
/// </remarks>
public sealed class ConversationEraser(IEnumerable<IConversationDataStore> stores, TimeProvider time, ILogger<ConversationEraser> logger)
{
    /// <summary>
    /// A <c>channelData</c> property (true) on the confirmation when a conversation erased itself: the page then
    /// forgets the conversation and starts a new one. Channels that don't know it ignore it.
    /// </summary>
    public const string ErasedChannelDataProperty = "trierbot.conversationErased";

    private readonly IReadOnlyList<IConversationDataStore> _stores = [.. stores];

    public async Task EraseAsync(ErasedConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentException.ThrowIfNullOrEmpty(conversation.ChannelId);
        ArgumentException.ThrowIfNullOrEmpty(conversation.ConversationId);
        foreach (var store in _stores)
        {
            await store.EraseAsync(conversation, cancellationToken);
        }

        logger.LogInformation("Erased the data of conversation {ConversationId} on {ChannelId} from {Stores} stores",
            conversation.ConversationId, conversation.ChannelId, _stores.Count);
    }

    /// <summary>Retention in every store; returns how many items went.</summary>
    public async Task<int> EraseExpiredAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var erased = 0;
        foreach (var store in _stores)
        {
            erased += await store.EraseExpiredAsync(now, cancellationToken);
        }

        if (erased > 0)
        {
            logger.LogInformation("Retention erased {Count} items", erased);
        }

        return erased;
    }
}
