using TrierBot.Knowledge.Model;

namespace TrierBot.Knowledge;

/// <summary>One ranked result; <see cref="KnowledgeRecord.Key"/> is the id of the search trace.</summary>
public sealed record SearchHit(KnowledgeRecord Record, double Score)
{
    public string Key => Record.Key;
}
