using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TrierBot.Knowledge.Model;

namespace TrierBot.Knowledge.Evaluation;

/// <summary>
/// The baseline the evaluation prints next to our search: plain Lucene BM25 over title and description with the
/// StandardAnalyzer — no German analysis, synonyms, lexicons or term classes — behind the same filters and the
/// same threshold policy (least score, share of the best hit).
/// </summary>
internal sealed class NaiveBm25Search : IDisposable
{
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly RAMDirectory _directory = new();
    private readonly Analyzer _analyzer = new StandardAnalyzer(Version);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly KnowledgeRecord[] _records;

    public NaiveBm25Search(IReadOnlyList<KnowledgeRecord> records)
    {
        _records = records.ToArray();
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity(), MergePolicy = new LogDocMergePolicy() };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var record in _records)
            {
                writer.AddDocument(new Document
                {
                    new TextField("title", record.DisplayTitle, Field.Store.NO),
                    new TextField("description", DescriptionOf(record), Field.Store.NO),
                });
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public IReadOnlyList<KnowledgeRecord> Search(SearchQuery query, double minScore, double relativeCutoff)
    {
        var filter = new RecordFilter(query, query.Now ?? DateTime.Now);
        var boolean = new BooleanQuery();
        foreach (var word in Words(query.Text).Distinct().Take(BooleanQuery.MaxClauseCount / 2))
        {
            boolean.Add(new TermQuery(new Term("title", word)), Occur.SHOULD);
            boolean.Add(new TermQuery(new Term("description", word)), Occur.SHOULD);
        }
        if (boolean.Clauses.Count == 0) return [];
        var hits = _searcher.Search(boolean, _records.Length).ScoreDocs
            .Select(d => (Record: _records[d.Doc], d.Score))
            .Where(h => filter.Matches(h.Record))
            .ToList();
        if (hits.Count == 0) return [];
        var cutoff = Math.Max(minScore, hits[0].Score * relativeCutoff);
        return hits.Where(h => h.Score >= cutoff).Take(query.Top).Select(h => h.Record).ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private List<string> Words(string text)
    {
        var words = new List<string>();
        using var stream = _analyzer.GetTokenStream("description", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) words.Add(term.ToString());
        stream.End();
        return words;
    }

    private static string DescriptionOf(KnowledgeRecord record) => record switch
    {
        Offer offer => offer.Description,
        CounsellingOffice office => office.Description ?? "",
        FaqEntry faq => faq.Answer,
        Indicator indicator => indicator.Note ?? "",
        _ => "",
    };
}
