using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TrierBot.Knowledge.Search;

/// <summary>Collects which of the wanted documents a query matches, and how many it matches in all, without scoring them.</summary>
internal sealed class MatchingDocuments(HashSet<int> wanted) : ICollector
{
    private int _docBase;

    public List<int> Found { get; } = [];

    /// <summary>How many documents the query matched in all, wanted or not.</summary>
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        Total++;
        if (wanted.Contains(_docBase + doc)) Found.Add(_docBase + doc);
    }
}
