using TrierBot.Knowledge.Model;

namespace TrierBot.Knowledge;

/// <summary>One ranked result; <see cref="KnowledgeRecord.Key"/> is the id of the search trace.</summary>
public sealed record SearchHit(KnowledgeRecord Record, double Score)
{
    public string Key => Record.Key;

    /// <summary>
    /// The other dates and places of the same series (same title and provider), nearest first: one offer on
    /// several dates is one result, <see cref="Record"/> is its best-fitting (usually next) date.
    /// </summary>
    public IReadOnlyList<KnowledgeRecord> OtherDates { get; init; } = [];

    /// <summary>The keys of this result and its other dates.</summary>
    public IEnumerable<string> SeriesKeys => OtherDates.Select(r => r.Key).Prepend(Key);
}
