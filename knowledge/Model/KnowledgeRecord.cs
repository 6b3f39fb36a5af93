namespace TrierBot.Knowledge.Model;

/// <summary>One imported record. The store key is <c>&lt;source&gt;:&lt;id&gt;</c> (knowledge-import.md).</summary>
public abstract class KnowledgeRecord
{
    /// <summary>"&lt;source&gt;:&lt;id&gt;", the id every card action and search trace carries.</summary>
    public string Key => $"{Source}:{Id}";

    public string Source { get; set; } = "";
    public string Id { get; set; } = "";

    /// <summary>What a list shows: an offer's title, an office's name, an FAQ's question, an indicator's name.</summary>
    public abstract string DisplayTitle { get; }

    public DateOnly? Updated { get; set; }

    /// <summary>Fields the contract does not know: kept, shown nowhere.</summary>
    public Dictionary<string, string> Extra { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
