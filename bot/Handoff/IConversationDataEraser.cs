namespace TrierBot.Handoff;

/// <summary>
/// A store that keeps something of a user's conversation (e.g. the Direct Line transcript) and deletes it on
/// "Lösche meine Daten". Register implementations in DI; the hand-off calls them all after the confirmation.
/// </summary>
public interface IConversationDataEraser
{
    Task EraseAsync(string channelId, string conversationId, string? userId, CancellationToken cancellationToken);
}
