using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using TrierBot.Knowledge.Model;

namespace TrierBot.Knowledge.Search;

/// <summary>
/// An immutable in-RAM Lucene index over one generation of the store's records. A new import builds a new
/// instance and the store swaps the reference, so searches never see a half-built index and need no lock.
/// </summary>
internal sealed class SearchIndex : IDisposable
{
    private const string TitleField = "title";
    private const string TagsField = "tags";
    private const string BodyField = "body";
    private static readonly (string Field, float Boost)[] Fields = [(TitleField, 3f), (TagsField, 2f), (BodyField, 1f)];
    private static readonly Similarity Ranking = new SmoothedBm25Similarity();

    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly GermanAnalysis _analysis;
    /// <summary>Record by Lucene document number: documents are added in this order and only adjacent segments merge.</summary>
    private readonly KnowledgeRecord[] _byDocument;

    public SearchIndex(long generation, IReadOnlyList<KnowledgeRecord> records, GermanAnalysis analysis)
    {
        Generation = generation;
        _analysis = analysis;
        _byDocument = records.ToArray();
        ByKey = _byDocument.ToDictionary(r => r.Key, StringComparer.Ordinal);
        _directory = new RAMDirectory();
        var config = new IndexWriterConfig(GermanTextAnalyzer.Version, analysis.Index)
        {
            Similarity = Ranking,
            MergePolicy = new LogDocMergePolicy(),
            RAMBufferSizeMB = 64,
            OpenMode = OpenMode.CREATE,
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var record in _byDocument) writer.AddDocument(ToDocument(record));
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = Ranking };
    }

    public long Generation { get; }
    public IReadOnlyDictionary<string, KnowledgeRecord> ByKey { get; }
    public IReadOnlyList<KnowledgeRecord> Records => _byDocument;

    /// <summary>
    /// The text query: one clause per word position (its synonyms and compound parts as alternatives). A word the
    /// index does not know is looked up with a fuzzy query instead (typos); a word nothing resembles is dropped.
    /// Null when no word of the text can match anything.
    /// </summary>
    public Query? BuildQuery(string text)
    {
        var query = new BooleanQuery();
        foreach (var alternatives in GermanAnalysis.TermsByPosition(_analysis.Query, text))
        {
            var position = new DisjunctionMaxQuery(0.3f);
            var known = alternatives.Where(IsInIndex).ToList();
            if (known.Count > 0)
            {
                foreach (var term in known) position.Add(AcrossFields(field => new TermQuery(new Term(field, term))));
            }
            else
            {
                foreach (var term in alternatives.Where(t => t.Length >= 5))
                {
                    // Stems of five letters and more tolerate one typo, of eight and more two; shorter stems would
                    // find a "similar" word for almost anything. The first letter is trusted, which keeps nonsense out.
                    var edits = term.Length >= 8 ? 2 : 1;
                    var fuzzy = AcrossFields(field => new FuzzyQuery(new Term(field, term), edits, prefixLength: 1, maxExpansions: 10, transpositions: true));
                    fuzzy.Boost = 0.7f;
                    position.Add(fuzzy);
                }
            }
            if (position.Disjuncts.Count > 0) query.Add(position, Occur.SHOULD);
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>All hits of the query whose record passes the filter, best first.</summary>
    public List<(KnowledgeRecord Record, float Score)> Find(Query query, Func<KnowledgeRecord, bool> filter)
    {
        var collector = new FilteringCollector(_byDocument, filter);
        _searcher.Search(query, collector);
        collector.Hits.Sort((a, b) => b.Score.CompareTo(a.Score));
        return collector.Hits;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private bool IsInIndex(string term) => Fields.Any(f => _reader.DocFreq(new Term(f.Field, term)) > 0);

    private static DisjunctionMaxQuery AcrossFields(Func<string, Query> create)
    {
        // The best field counts, the others add a little: a word in the title beats the same word in the text.
        var query = new DisjunctionMaxQuery(0.1f);
        foreach (var (field, boost) in Fields)
        {
            var clause = create(field);
            clause.Boost = boost;
            query.Add(clause);
        }
        return query;
    }

    private static Document ToDocument(KnowledgeRecord record)
    {
        var (title, tags, body) = Texts(record);
        return
        [
            new TextField(TitleField, title, Field.Store.NO),
            new TextField(TagsField, string.Join(" . ", tags.Where(t => !string.IsNullOrWhiteSpace(t))), Field.Store.NO),
            new TextField(BodyField, string.Join(" . ", body.Where(t => !string.IsNullOrWhiteSpace(t))), Field.Store.NO),
        ];
    }

    /// <summary>Which texts of a record are searched, and how strongly (title &gt; tags &gt; body).</summary>
    private static (string Title, IEnumerable<string?> Tags, IEnumerable<string?> Body) Texts(KnowledgeRecord record) => record switch
    {
        Offer offer => (offer.Title,
            [.. offer.Categories, .. offer.Keywords, .. offer.SchoolTypes, offer.Audience,
                offer.Online == true ? "online" : null,
                offer.SimpleLanguage == true ? "einfache Sprache" : null,
                offer.Cost == 0 ? "kostenlos" : null],
            [offer.Description, offer.Provider, offer.Venue, offer.District, offer.City, offer.Schedule, offer.CostNote]),
        CounsellingOffice office => (office.Name,
            [.. office.Topics, office.Audience, office.Free == true ? "kostenlos" : null],
            [office.Description, office.Organisation, office.District, office.City]),
        // FAQ matching uses question and variants (the answer would match too much).
        FaqEntry faq => (faq.Question, [.. faq.Variants, faq.Topic], []),
        Indicator indicator => (indicator.Name, [indicator.Area, indicator.Unit], [indicator.Note, indicator.District]),
        _ => (record.DisplayTitle, [], []),
    };
}
