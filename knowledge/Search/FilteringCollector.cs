using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TrierBot.Knowledge.Search;

/// <summary>
/// Collects every matching document whose record passes the filters, so a narrow filter never starves the result
/// list. The filters read the documents' <see cref="RecordFacts"/>: no record is loaded for a hit that is filtered out.
/// </summary>
internal sealed class FilteringCollector(RecordFacts[] facts, RecordFilter filter) : ICollector
{
    private Scorer? _scorer;
    private int _docBase;

    public List<(int Document, float Score)> Hits { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        var document = _docBase + doc;
        if (filter.Matches(in facts[document])) Hits.Add((document, _scorer!.GetScore()));
    }
}
