using TrierBot.Knowledge.Model;

namespace TrierBot.Knowledge;

/// <summary>What the dialogs need from the knowledge store: ranked search and lookup by key.</summary>
public interface IKnowledgeSearch
{
    /// <summary>Ranked hits above the relevance threshold; never ended offers; empty when nothing is relevant.</summary>
    IReadOnlyList<SearchHit> Search(SearchQuery query);

    /// <summary>Like <see cref="Search"/>, and says whether an empty answer means the text held only generic words.</summary>
    SearchOutcome SearchWithOutcome(SearchQuery query) => new(Search(query), GenericOnly: false);

    /// <summary>The record with key "&lt;source&gt;:&lt;id&gt;", or null.</summary>
    KnowledgeRecord? Find(string key);

    /// <summary>
    /// An object that stays the same (by reference) as long as the searchable data does, and is another one after an
    /// import: callers may keep answers for it. Null when the data gives no such promise (nothing may be kept).
    /// </summary>
    object? DataVersion => null;
}
