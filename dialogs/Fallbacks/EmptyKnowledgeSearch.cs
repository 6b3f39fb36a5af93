using TrierBot.Knowledge;
using TrierBot.Knowledge.Model;

namespace TrierBot.Dialogs.Fallbacks;

/// <summary>
/// Stands in only while the host registers no knowledge store: finds nothing, so every search ends at the
/// counselling hint instead of failing. The host's real <see cref="IKnowledgeSearch"/> always wins.
/// </summary>
public sealed class EmptyKnowledgeSearch : IKnowledgeSearch
{
    public IReadOnlyList<SearchHit> Search(SearchQuery query) => [];

    public KnowledgeRecord? Find(string key) => null;
}
