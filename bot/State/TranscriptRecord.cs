using LiteDB;

namespace TrierBot.State;

/// <summary>One message of a conversation as the transcript store keeps it: the activity's JSON and where it belongs.</summary>
public sealed class TranscriptRecord
{
    public ObjectId Id { get; set; } = ObjectId.Empty;
    public string ChannelId { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public DateTime TimestampUtc { get; set; }
    public string Json { get; set; } = "";
}
