namespace TrierBot.DirectLine;

/// <summary>One delivered activity, in the exact JSON the clients receive, under its watermark (serialized: plain get/set).</summary>
public class StoredActivity
{
    public long Id { get; set; }

    public string ConversationId { get; set; } = "";

    public long Watermark { get; set; }

    public string Json { get; set; } = "";
}
