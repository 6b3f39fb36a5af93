using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TrierBot.Knowledge.Search;

/// <summary>Collects which of the wanted documents a query matches, without scoring them.</summary>
internal sealed class MatchingDocuments(HashSet<int> wanted) : ICollector
{
    private int _docBase;

    public List<int> Found { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        if (wanted.Contains(_docBase + doc)) Found.Add(_docBase + doc);
    }
}
