namespace TrierBot.Monitoring;

/// <summary>One count as a LiteDB document (serialized: plain get/set). The id is the record's key, never an ObjectId, which would carry a creation time.</summary>
public sealed class StoredDemand
{
    public string Id { get; set; } = "";
    public string Month { get; set; } = "";
    public string Topic { get; set; } = "";
    public string AgeBand { get; set; } = "";
    public string District { get; set; } = "";
    public List<string> TimeWishes { get; set; } = [];
    public List<string> Categories { get; set; } = [];
    public int? Found { get; set; }
    public bool Handoff { get; set; }
    public string Language { get; set; } = "";
    public string Channel { get; set; } = "";
    public bool Demo { get; set; }
    public int Count { get; set; }
}
