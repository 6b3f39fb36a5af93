using LiteDB;

namespace TrierBot.State;

/// <summary>
/// Messages of one conversation that reached the store together (one commit), as LiteDB keeps them: one
/// document for a turn's messages instead of one each, which is most of what the writer spends per turn.
/// </summary>
public sealed class TranscriptChunk
{
    public ObjectId Id { get; set; } = ObjectId.Empty;
    public string ChannelId { get; set; } = "";
    public string ConversationId { get; set; } = "";

    /// <summary>When the newest message of the chunk was sent: retention deletes by it.</summary>
    public DateTime LastUtc { get; set; }

    /// <summary>The activities' JSON, oldest first.</summary>
    public List<string> Messages { get; set; } = [];
}
