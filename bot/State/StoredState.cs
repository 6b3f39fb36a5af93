namespace TrierBot.State;

/// <summary>One state entry as LiteDB keeps it: the JSON of the value, its ETag and when it was written.</summary>
public sealed class StoredState
{
    public string Id { get; set; } = "";
    public string Json { get; set; } = "";
    public string ETag { get; set; } = "";
    public DateTime UpdatedUtc { get; set; }
}
