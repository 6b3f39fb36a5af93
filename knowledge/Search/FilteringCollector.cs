using Lucene.Net.Index;
using Lucene.Net.Search;
using TrierBot.Knowledge.Model;

namespace TrierBot.Knowledge.Search;

/// <summary>Collects every matching document whose record passes the filters, so a narrow filter never starves the result list.</summary>
internal sealed class FilteringCollector(KnowledgeRecord[] byDocument, Func<KnowledgeRecord, bool> filter) : ICollector
{
    private Scorer? _scorer;
    private int _docBase;

    public List<(KnowledgeRecord Record, float Score, int Document)> Hits { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        var record = byDocument[_docBase + doc];
        if (filter(record)) Hits.Add((record, _scorer!.GetScore(), _docBase + doc));
    }
}
