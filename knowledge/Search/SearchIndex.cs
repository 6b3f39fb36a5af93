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
    /// <summary>Generic words only lift a record that matches content: they weigh this much.</summary>
    private const float GenericWeight = 0.3f;
    /// <summary>In a store of at least this many records, a word found in this share of them is generic.</summary>
    private const int MinDocsForFrequencyRule = 50;
    private const double GenericDocumentShare = 0.3;
    /// <summary>Letters of a compound outside its listed parts that are only linking ("s", "en") or a cut ending.</summary>
    private const int MaxLinkingLetters = 2;

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
    /// The text query (docs/import-format.md, "Allgemeine Wörter"): every content word or understood expansion is one
    /// clause, and a record must match at least one of them; the more of them it matches, the higher it ranks
    /// (<see cref="SmoothedBm25Similarity.Coord"/>). Generic words only add to the score of such a record. A word the
    /// index does not know is looked up fuzzily (typos); a compound the index does not know needs all its parts.
    /// Null when nothing can match; <c>GenericOnly</c> when the text held nothing but generic words.
    /// </summary>
    public (Query? Query, bool GenericOnly) BuildQuery(InterpretedQuery interpreted, SearchLexicon lexicon)
    {
        var content = new List<Query>();
        var generic = new List<Query>();
        bool sawContent = false, sawGeneric = false;
        var text = interpreted.RemainingText;
        foreach (var (terms, start, end) in GermanAnalysis.TermsWithOffsets(_analysis.Query, text).Take(QueryInterpreter.MaxWords))
        {
            var isGeneric = IsGeneric(text[start..end], terms, lexicon);
            if (isGeneric) sawGeneric = true;
            else sawContent = true;
            if (PositionQuery(terms, allowFuzzy: true) is { } clause) (isGeneric ? generic : content).Add(clause);
        }
        foreach (var expansion in interpreted.Expansions)
        {
            if (expansion.IsContent) sawContent = true;
            else sawGeneric = true;
            if (ExpansionQuery(expansion) is { } clause) (expansion.IsContent ? content : generic).Add(clause);
        }
        if (!sawContent) return (null, sawGeneric);
        if (content.Count == 0) return (null, false);

        var coverage = new BooleanQuery();
        foreach (var clause in content) coverage.Add(clause, Occur.SHOULD);
        var query = new BooleanQuery(disableCoord: true) { { coverage, Occur.MUST } };
        foreach (var clause in generic)
        {
            clause.Boost *= GenericWeight;
            query.Add(clause, Occur.SHOULD);
        }
        return (query, false);
    }

    /// <summary>
    /// A word is generic when the generic-word list says so, or when it occurs in so many records of a sizeable
    /// store that it cannot tell them apart ("trier", "angebot").
    /// </summary>
    private bool IsGeneric(string original, List<string> terms, SearchLexicon lexicon)
    {
        if (original.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(lexicon.GenericWords.Contains)) return true;
        if (_reader.NumDocs < MinDocsForFrequencyRule) return false;
        var frequency = terms.Max(t => Fields.Max(f => _reader.DocFreq(new Term(f.Field, t))));
        return frequency >= _reader.NumDocs * GenericDocumentShare;
    }

    private Query? ExpansionQuery(QueryExpansion expansion)
    {
        var query = new DisjunctionMaxQuery(0.3f);
        foreach (var (text, weight) in expansion.Alternatives)
        {
            var positions = GermanAnalysis.TermsByPosition(_analysis.Query, text);
            Query? alternative;
            if (positions.Count == 1)
            {
                alternative = PositionQuery(positions[0], allowFuzzy: false);
            }
            else
            {
                // A phrase ("lesen schreiben") needs all its words.
                var all = new BooleanQuery();
                foreach (var position in positions)
                {
                    if (PositionQuery(position, allowFuzzy: false) is not { } clause)
                    {
                        all = null;
                        break;
                    }
                    all.Add(clause, Occur.MUST);
                }
                alternative = all is { Clauses.Count: > 0 } ? all : null;
            }
            if (alternative is null) continue;
            alternative.Boost *= weight;
            query.Add(alternative);
        }
        return query.Disjuncts.Count == 0 ? null : query;
    }

    /// <summary>
    /// One word with its synonyms and compound parts. A compound the index does not know ("Tierpflegerin",
    /// "Steuerberatung") must match all its parts, the part that is not in the compound list included — its
    /// listed part alone ("pflege", "beratung") would find something else.
    /// </summary>
    private Query? PositionQuery(List<string> alternatives, bool allowFuzzy)
    {
        var whole = alternatives.OrderByDescending(a => a.Length).First();
        var parts = alternatives.Where(a => a.Length < whole.Length && whole.Contains(a, StringComparison.Ordinal)).ToList();
        var position = new DisjunctionMaxQuery(0.3f);
        if (parts.Count > 0 && !IsInIndex(whole))
        {
            foreach (var synonym in alternatives.Where(a => a != whole && !parts.Contains(a) && IsInIndex(a)))
                position.Add(AcrossFields(field => new TermQuery(new Term(field, synonym))));
            if (CompoundQuery(whole, parts) is { } compound) position.Add(compound);
        }
        else
        {
            foreach (var term in alternatives.Where(IsInIndex)) position.Add(AcrossFields(field => new TermQuery(new Term(field, term))));
        }
        if (position.Disjuncts.Count == 0 && allowFuzzy)
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
        return position.Disjuncts.Count == 0 ? null : position;
    }

    /// <summary>All listed parts of the compound, and what is left of it (a prefix of an indexed word, "töpfer" → "töpfern").</summary>
    private Query? CompoundQuery(string whole, List<string> parts)
    {
        var rest = whole;
        foreach (var part in parts.OrderByDescending(p => p.Length)) rest = rest.Replace(part, " ", StringComparison.Ordinal);
        var all = new BooleanQuery();
        foreach (var part in parts.Where(IsInIndex)) all.Add(AcrossFields(field => new TermQuery(new Term(field, part))), Occur.MUST);
        if (all.Clauses.Count < parts.Count(p => !parts.Any(q => q != p && q.Contains(p, StringComparison.Ordinal)))) return null;
        foreach (var piece in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length > MaxLinkingLetters))
        {
            if (piece.Length < 4) return null;
            all.Add(AcrossFields(field => new PrefixQuery(new Term(field, piece))), Occur.MUST);
        }
        return all.Clauses.Count == 0 ? null : all;
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
