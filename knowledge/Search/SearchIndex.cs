using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TrierBot.Knowledge.Model;

namespace TrierBot.Knowledge.Search;

/// <summary>
/// An immutable Lucene index over one generation of the store's records, written once and then only read: in RAM
/// for a store without a file, else persisted beside the store (<see cref="Storage.IndexFolder"/>). Each document
/// carries its record (stored) and the record's <see cref="RecordFacts"/> (a doc value), so searches filter, rank
/// and answer from the index alone. A new generation gets a new instance and the store swaps the reference, so
/// searches never see a half-built index and need no lock.
/// </summary>
internal sealed class SearchIndex : IDisposable
{
    private const string TitleField = "title";
    private const string TagsField = "tags";
    private const string BodyField = "body";
    /// <summary>A field no document has: the clause of a content word that nothing matches.</summary>
    private const string NoField = "none";
    private static readonly (string Field, float Boost)[] Fields = [(TitleField, 3f), (TagsField, 2f), (BodyField, 1f)];
    private static readonly SmoothedBm25Similarity Ranking = new();
    /// <summary>Share of its weight a content word matched only as a typo adds to a hit's coverage.</summary>
    private const double TypoCredit = 0.5;
    /// <summary>Generic words only lift a record that matches content: they weigh this much.</summary>
    private const float GenericWeight = 0.3f;
    /// <summary>In a store of at least this many records, a word found in this share of them is generic.</summary>
    private const int MinDocsForFrequencyRule = 50;
    private const double GenericDocumentShare = 0.3;
    /// <summary>Letters of a compound outside its listed parts that are only linking ("s", "en") or a cut ending.</summary>
    private const int MaxLinkingLetters = 2;
    /// <summary>
    /// A word the index does not know is read with one typo; two only from this length on. Nearly every real typo in a
    /// short word is one letter off ("praktikim", "werkstat"), while two edits let a real word of eight or nine letters
    /// that the data lacks pass for some word it has, and answer what nothing fits; long words ("programiren") take two.
    /// </summary>
    private const int MinLettersForTwoEdits = 10;

    private const string KeyField = "key";
    /// <summary>The whole record (BSON, as LiteDB stores it): a hit is read from the index, not from the store.</summary>
    private const string RecordField = "record";
    /// <summary>A binary doc value with the <see cref="RecordFacts"/> that filters and ranking need.</summary>
    private const string FactsField = "facts";
    /// <summary>Commit user data: which catalog generation (and import stamp) the index was built from.</summary>
    internal const string GenerationData = "generation";
    internal const string StampData = "stamp";
    /// <summary>Bumped whenever the documents' fields or their index-side analysis change: a persisted index of another format is rebuilt.</summary>
    private const string Format = "1";

    private static readonly ISet<string> RecordFieldOnly = new HashSet<string> { RecordField };

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly GermanAnalysis _analysis;
    /// <summary>Facts by Lucene document number, read once when the index opens.</summary>
    private readonly RecordFacts[] _facts;
    /// <summary>Records by document number, read from the stored fields the first time a search returns them.</summary>
    private readonly KnowledgeRecord?[] _records;
    private readonly Dictionary<string, int> _byKey;
    /// <summary>Series number by document (equal for offers of one series, unique otherwise): the series rule compares numbers.</summary>
    private readonly int[] _series;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Query> _rewrites = new(StringComparer.Ordinal);
    private const int MaxCachedRewrites = 4096;

    private SearchIndex(Lucene.Net.Store.Directory directory, GermanAnalysis analysis)
    {
        _directory = directory;
        _analysis = analysis;
        _reader = DirectoryReader.Open(directory);
        try
        {
            var data = _reader.IndexCommit.UserData;
            Generation = data.TryGetValue(GenerationData, out var generation) ? long.Parse(generation, System.Globalization.CultureInfo.InvariantCulture) : -1;
            Stamp = data.TryGetValue(StampData, out var stamp) ? stamp : "";
            _facts = ReadFacts(_reader);
        }
        catch
        {
            _reader.Dispose();
            throw;
        }
        _records = new KnowledgeRecord?[_facts.Length];
        _byKey = new Dictionary<string, int>(_facts.Length, StringComparer.Ordinal);
        for (var doc = 0; doc < _facts.Length; doc++) _byKey[_facts[doc].Key] = doc;
        _series = new int[_facts.Length];
        var seriesNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var doc = 0; doc < _facts.Length; doc++)
        {
            var series = _facts[doc].Series;
            if (series.Length == 0) _series[doc] = _facts.Length + doc; // above every offer series' number
            else if (seriesNumbers.TryGetValue(series, out var number)) _series[doc] = number;
            else seriesNumbers[series] = _series[doc] = seriesNumbers.Count;
        }
        _searcher = new IndexSearcher(_reader) { Similarity = Ranking };
    }

    /// <summary>A short fingerprint of the document format and the index-side word lists: part of a persisted index's folder name.</summary>
    public static string Fingerprint { get; } = ComputeFingerprint();

    public long Generation { get; }
    /// <summary>The import that made the generation (<see cref="Storage.KnowledgeCatalog.Stamp"/>).</summary>
    public string Stamp { get; }
    public int Count => _facts.Length;

    /// <summary>All records, read from the index (the evaluation's baseline wants them all; searches do not).</summary>
    public IReadOnlyList<KnowledgeRecord> Records => Enumerable.Range(0, _facts.Length).Select(Record).ToList();

    /// <summary>An index in RAM (a store without a file: tests, the evaluation's demo store).</summary>
    public static SearchIndex InMemory(long generation, string stamp, IEnumerable<KnowledgeRecord> records, GermanAnalysis analysis)
    {
        var directory = new RAMDirectory();
        try
        {
            Write(directory, generation, stamp, records, analysis.Index);
            return new SearchIndex(directory, analysis);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Opens a committed index; throws (Lucene's or IO exceptions, <see cref="InvalidDataException"/>) when it is missing or broken.</summary>
    public static SearchIndex Open(Lucene.Net.Store.Directory directory, GermanAnalysis analysis) => new(directory, analysis);

    /// <summary>Writes one generation's records into an empty directory and commits them with the generation in the commit's user data.</summary>
    public static void Write(Lucene.Net.Store.Directory directory, long generation, string stamp, IEnumerable<KnowledgeRecord> records, Analyzer indexAnalyzer)
    {
        var config = new IndexWriterConfig(GermanTextAnalyzer.Version, indexAnalyzer)
        {
            Similarity = Ranking,
            MergePolicy = new LogDocMergePolicy(),
            RAMBufferSizeMB = 64,
            OpenMode = OpenMode.CREATE,
        };
        using var writer = new IndexWriter(directory, config);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!keys.Add(record.Key)) continue; // a key is one record (the store never holds two; a broken file might)
            writer.AddDocument(ToDocument(record));
        }
        writer.SetCommitData(new Dictionary<string, string>
        {
            [GenerationData] = generation.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [StampData] = stamp,
        });
        writer.Commit();
    }

    /// <summary>The facts of a document (filters and ranking read them instead of the record).</summary>
    public ref readonly RecordFacts Facts(int document) => ref _facts[document];

    /// <summary>The document's series: offers with the same title and provider share it; any other record has its own.</summary>
    public int Series(int document) => _series[document];

    /// <summary>The record of a document, read from the index once and then kept.</summary>
    public KnowledgeRecord Record(int document)
    {
        if (Volatile.Read(ref _records[document]) is { } known) return known;
        var stored = _reader.Document(document, RecordFieldOnly).GetBinaryValue(RecordField)
            ?? throw new InvalidDataException($"search document {document} holds no record");
        var record = Storage.KnowledgeDatabase.Deserialize(stored.Bytes, stored.Offset, stored.Length);
        return Interlocked.CompareExchange(ref _records[document], record, null) ?? record;
    }

    public KnowledgeRecord? Find(string key) => _byKey.TryGetValue(key, out var document) ? Record(document) : null;

    /// <summary>
    /// The text query (docs/import-format.md, "Allgemeine Wörter"): every content word or understood expansion is one
    /// clause, and a record must match at least one of them; the more of them it matches, the higher it ranks
    /// (<see cref="SmoothedBm25Similarity.Coord"/>). Generic words only add to the score of such a record. A word the
    /// index does not know is looked up fuzzily (typos); a compound the index does not know needs all its parts.
    /// Null when nothing can match; <c>GenericOnly</c> when the text held nothing but generic words.
    /// </summary>
    public TextQuery BuildQuery(InterpretedQuery interpreted, SearchLexicon lexicon)
    {
        var content = new List<Query?>();
        var generic = new List<Query>();
        var contentWords = new List<string>();
        var typoOnlyWords = new List<bool>();
        var genericWords = new List<string>();
        bool sawContent = false, sawGeneric = false;
        var text = interpreted.RemainingText;
        foreach (var (terms, start, end) in GermanAnalysis.TermsWithOffsets(_analysis.Query, text).Take(QueryInterpreter.MaxWords))
        {
            var isGeneric = IsGeneric(text[start..end], terms, lexicon);
            if (isGeneric) sawGeneric = true;
            else sawContent = true;
            var clause = PositionQuery(terms, text[start..end], allowFuzzy: true, lexicon, out var typoOnly);
            if (isGeneric && clause is not null) generic.Add(clause);
            if (!isGeneric)
            {
                content.Add(clause);
                typoOnlyWords.Add(typoOnly);
            }
            (isGeneric ? genericWords : contentWords).Add(text[start..end] + (typoOnly ? "~" : ""));
        }
        foreach (var expansion in interpreted.Expansions)
        {
            if (expansion.IsContent) sawContent = true;
            else sawGeneric = true;
            var clause = ExpansionQuery(expansion, lexicon);
            if (expansion.IsContent)
            {
                content.Add(clause);
                typoOnlyWords.Add(false);
            }
            else if (clause is not null) generic.Add(clause);
            (expansion.IsContent ? contentWords : genericWords).Add($"[{expansion.Trigger}]");
        }
        if (!sawContent) return TextQuery.Nothing with { GenericOnly = sawGeneric, GenericWords = genericWords };
        if (content.All(c => c is null)) return TextQuery.Nothing with { ContentWords = contentWords, GenericWords = genericWords };

        // A content word nothing resembles still counts as asked for: it lowers the coverage of every hit.
        var coverage = new BooleanQuery();
        foreach (var clause in content) coverage.Add(clause ?? NeverMatches(), Occur.SHOULD);
        var query = new BooleanQuery(disableCoord: true) { { coverage, Occur.MUST } };
        foreach (var clause in generic)
        {
            clause.Boost *= GenericWeight;
            query.Add(clause, Occur.SHOULD);
        }
        return new TextQuery(query, GenericOnly: false, content) { ContentWords = contentWords, GenericWords = genericWords, TypoOnly = typoOnlyWords };
    }

    /// <summary>
    /// For each hit, the share of what the query asks for that it matches, each content word (or expansion) weighted
    /// by how specific it is in this store: the fewer records it finds, the more it counts (an idf), and a word nothing
    /// finds counts most — "uni mensa speiseplan" answered by a record about the university alone covers little of what
    /// was asked, "englisch kurs vhs" answered by the English course covers most. A word matched only as a typo counts
    /// <see cref="TypoCredit"/> of its weight: a correction may be wrong.
    /// </summary>
    public Dictionary<int, double> Coverage(TextQuery text, IEnumerable<int> documents)
    {
        var wanted = documents.ToHashSet();
        var covered = wanted.ToDictionary(d => d, _ => 0.0);
        var total = 0.0;
        for (var i = 0; i < text.ContentClauses.Count; i++)
        {
            var clause = text.ContentClauses[i];
            var matching = new MatchingDocuments(wanted);
            if (clause is not null) _searcher.Search(clause, matching);
            var weight = Ranking.Specificity(matching.Total, _reader.NumDocs);
            total += weight;
            var credit = i < text.TypoOnly.Count && text.TypoOnly[i] ? TypoCredit : 1.0;
            foreach (var doc in matching.Found) covered[doc] += weight * credit;
        }
        return covered.ToDictionary(p => p.Key, p => total <= 0 ? 1.0 : p.Value / total);
    }

    private static TermQuery NeverMatches() => new(new Term(NoField, "-"));

    /// <summary>
    /// A word is generic when the generic-word list says so, or when it occurs in so many records of a sizeable
    /// store that it cannot tell them apart ("trier", "angebot").
    /// </summary>
    private bool IsGeneric(string original, List<string> terms, SearchLexicon lexicon)
    {
        // Numbers are ages, years or class levels: filters, not topics.
        var words = original.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.All(w => lexicon.GenericWords.Contains(w) || lexicon.FunctionWords.Contains(w) || w.All(char.IsDigit))) return true;
        // A word the index does not know may be a misspelt generic word ("kan", "nich"); "mathe" is no typo of "mache".
        if (!terms.Any(IsInIndex) && words.All(w => w.Length >= 3 && lexicon.IsGeneric(w))) return true;
        if (_reader.NumDocs < MinDocsForFrequencyRule) return false;
        var frequency = terms.Max(t => Fields.Max(f => _reader.DocFreq(new Term(f.Field, t))));
        return frequency >= _reader.NumDocs * GenericDocumentShare;
    }

    private Query? ExpansionQuery(QueryExpansion expansion, SearchLexicon lexicon)
    {
        if (Alternatives(expansion.Alternatives, lexicon) is not { } found) return null;
        if (Alternatives(expansion.Lifts, lexicon) is not { } lifts) return found;
        return new BooleanQuery(disableCoord: true) { { found, Occur.MUST }, { lifts, Occur.SHOULD } };
    }

    private Query? Alternatives(IReadOnlyList<(string Text, float Weight)> alternatives, SearchLexicon lexicon)
    {
        var query = new DisjunctionMaxQuery(0.3f);
        foreach (var (text, weight) in alternatives)
        {
            var positions = GermanAnalysis.TermsByPosition(_analysis.Query, text);
            Query? alternative;
            if (positions.Count == 1)
            {
                alternative = PositionQuery(positions[0], text, allowFuzzy: false, lexicon);
            }
            else
            {
                // A phrase ("lesen schreiben") needs all its words.
                var all = new BooleanQuery();
                foreach (var position in positions)
                {
                    if (PositionQuery(position, position[0], allowFuzzy: false, lexicon) is not { } clause)
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
    private Query? PositionQuery(List<string> alternatives, string original, bool allowFuzzy, SearchLexicon lexicon) =>
        PositionQuery(alternatives, original, allowFuzzy, lexicon, out _);

    /// <param name="typoOnly">True when only a typo reading (fuzzy) of the word finds anything.</param>
    private Query? PositionQuery(List<string> alternatives, string original, bool allowFuzzy, SearchLexicon lexicon, out bool typoOnly)
    {
        // The word's own compound parts, as the index splits it (its synonyms are no parts).
        var own = original.Contains(' ') ? [] : GermanAnalysis.TermsByPosition(_analysis.Index, original);
        var whole = own.Count == 1 ? own[0][0] : alternatives[0];
        var parts = own.Count == 1 ? own[0].Skip(1).Where(alternatives.Contains).ToList() : [];
        var position = new DisjunctionMaxQuery(0.3f);
        if (parts.Count > 0 && !IsInIndex(whole))
        {
            foreach (var synonym in alternatives.Where(a => a != whole && !parts.Contains(a) && IsInIndex(a)))
                position.Add(AcrossFields(field => new TermQuery(new Term(field, synonym))));
            if (CompoundQuery(whole, parts, lexicon) is { } compound) position.Add(compound);
        }
        else
        {
            foreach (var term in alternatives.Where(IsInIndex)) position.Add(AcrossFields(field => new TermQuery(new Term(field, term))));
        }
        var exact = position.Disjuncts.Count;
        // A word the index does not know may be a typo, also when its compound parts found something.
        if (allowFuzzy && (position.Disjuncts.Count == 0 || parts.Count > 0 && !IsInIndex(whole)))
        {
            foreach (var term in alternatives.Where(t => t.Length >= 5 && !parts.Contains(t)))
            {
                // Stems of five letters and more tolerate one typo, of eight and more two; shorter stems would
                // find a "similar" word for almost anything. The first letter is trusted, which keeps nonsense out.
                var edits = Math.Max(term.Length, original.Length) >= MinLettersForTwoEdits ? 2 : 1;
                var fuzzy = AcrossFields(field => new FuzzyQuery(new Term(field, term), edits, prefixLength: 1, maxExpansions: 10, transpositions: true), rewriteOnce: true);
                fuzzy.Boost = 0.7f;
                position.Add(fuzzy);
            }
        }
        typoOnly = exact == 0 && position.Disjuncts.Count > 0;
        return position.Disjuncts.Count == 0 ? null : position;
    }

    /// <summary>
    /// A compound the index does not know, read two ways (either may match): as modifier + head ("töpfer" + "kurs",
    /// "alphabetiesierung" + "kurs"), and as its listed parts in order with whatever lies between them. A listed
    /// part must be in the index; a piece that is not listed must match an indexed word exactly, as the start of
    /// one ("töpfer" → "Töpfern") or with a typo. A generic part ("kurs") is welcome but not required.
    /// </summary>
    private Query? CompoundQuery(string whole, List<string> parts, SearchLexicon lexicon)
    {
        var readings = new DisjunctionMaxQuery(0.1f);
        var head = parts.Where(p => whole.EndsWith(p, StringComparison.Ordinal) && p.Length < whole.Length).OrderByDescending(p => p.Length).FirstOrDefault();
        if (head is not null && Reading([whole[..^head.Length], head], parts, lexicon) is { } headReading) readings.Add(headReading);
        if (Reading(Pieces(whole, parts), parts, lexicon) is { } partsReading) readings.Add(partsReading);
        return readings.Disjuncts.Count == 0 ? null : readings;
    }

    /// <summary>The compound cut at its listed parts, longest part first at each point: "ausbildungsmess" → ausbildung, s, mess.</summary>
    private static List<string> Pieces(string whole, List<string> parts)
    {
        var pieces = new List<string>();
        var rest = "";
        for (var i = 0; i < whole.Length;)
        {
            var part = parts.Where(p => string.CompareOrdinal(whole, i, p, 0, p.Length) == 0).OrderByDescending(p => p.Length).FirstOrDefault();
            if (part is null)
            {
                rest += whole[i];
                i++;
                continue;
            }
            if (rest.Length > 0) pieces.Add(rest);
            rest = "";
            pieces.Add(part);
            i += part.Length;
        }
        if (rest.Length > 0) pieces.Add(rest);
        return pieces;
    }

    private Query? Reading(List<string> pieces, List<string> parts, SearchLexicon lexicon)
    {
        var all = new BooleanQuery();
        var required = 0;
        foreach (var piece in pieces)
        {
            if (parts.Contains(piece))
            {
                var generic = lexicon.GenericWords.Contains(piece);
                if (!IsInIndex(piece))
                {
                    if (generic) continue;
                    return null;
                }
                all.Add(AcrossFields(field => new TermQuery(new Term(field, piece))), generic ? Occur.SHOULD : Occur.MUST);
                if (!generic) required++;
                continue;
            }
            if (piece.Length <= MaxLinkingLetters) continue;
            if (PieceQuery(piece) is not { } pieceQuery) return null;
            all.Add(pieceQuery, Occur.MUST);
            required++;
        }
        return required == 0 ? null : all;
    }

    /// <summary>A piece of a compound that is no listed part: the word itself, the start of an indexed word, or a typo of one.</summary>
    private Query? PieceQuery(string piece)
    {
        var word = piece.EndsWith('s') && piece.Length > 5 ? piece[..^1] : piece; // linking s: "alphabetisierungs"
        var stem = GermanAnalysis.TermsByPosition(_analysis.Index, word).FirstOrDefault()?.FirstOrDefault() ?? word;
        var query = new DisjunctionMaxQuery(0.1f);
        if (IsInIndex(stem)) query.Add(AcrossFields(field => new TermQuery(new Term(field, stem))));
        if (stem.Length >= 4) query.Add(AcrossFields(field => new PrefixQuery(new Term(field, stem)), rewriteOnce: true));
        if (stem.Length >= 5)
        {
            var edits = stem.Length >= MinLettersForTwoEdits ? 2 : 1;
            query.Add(AcrossFields(field => new FuzzyQuery(new Term(field, stem), edits, prefixLength: 1, maxExpansions: 10, transpositions: true), rewriteOnce: true));
        }
        return query.Disjuncts.Count == 0 ? null : query;
    }

    /// <summary>All hits of the query whose record passes the filter, in no particular order.</summary>
    public List<(int Document, float Score)> Find(Query query, RecordFilter filter)
    {
        var collector = new FilteringCollector(_facts, filter);
        _searcher.Search(query, collector);
        return collector.Hits;
    }

    /// <summary>A bare Lucene search on this index (the benchmark's raw baseline): top documents, no filters or threshold.</summary>
    internal int SearchRaw(Query query, int top) => _searcher.Search(query, top).ScoreDocs.Length;

    /// <summary>The index-side analysis of a text, for building a raw query on this index.</summary>
    internal List<List<string>> Analyze(string text) => GermanAnalysis.TermsByPosition(_analysis.Index, text);

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private static RecordFacts[] ReadFacts(DirectoryReader reader)
    {
        if (reader.HasDeletions) throw new InvalidDataException("a search index is written once and never has deletions");
        var facts = new RecordFacts[reader.MaxDoc];
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Intern(string value)
        {
            if (strings.TryGetValue(value, out var known)) return known;
            strings[value] = value;
            return value;
        }
        var bytes = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetBinaryDocValues(FactsField);
            if (values is null && leaf.AtomicReader.MaxDoc > 0) throw new InvalidDataException("search index without record facts");
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                values!.Get(doc, bytes);
                facts[leaf.DocBase + doc] = RecordFacts.FromBytes(bytes.Bytes, bytes.Offset, bytes.Length, Intern);
            }
        }
        return facts;
    }

    private static string ComputeFingerprint()
    {
        var text = string.Join("\n", new[] { Format }.Concat(WordListResource.Read("stopwords.txt")).Append("|").Concat(WordListResource.Read("compound-words.txt")));
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..12];
    }

    private bool IsInIndex(string term) => Fields.Any(f => _reader.DocFreq(new Term(f.Field, term)) > 0);

    /// <param name="rewriteOnce">
    /// A fuzzy or prefix query: its expansion to the index's terms is made once per index and kept (the searcher would
    /// redo it on every search, a fuzzy one by building Levenshtein automata — most of a typo's search time).
    /// </param>
    private DisjunctionMaxQuery AcrossFields(Func<string, Query> create, bool rewriteOnce = false)
    {
        // The best field counts, the others add a little: a word in the title beats the same word in the text.
        var query = new DisjunctionMaxQuery(0.1f);
        foreach (var (field, boost) in Fields)
        {
            var clause = create(field);
            clause.Boost = boost;
            query.Add(rewriteOnce ? Rewritten(clause) : clause);
        }
        return query;
    }

    /// <summary>The query as the searcher rewrites it against this index, from the cache when it was rewritten before.</summary>
    private Query Rewritten(Query query)
    {
        // The query's text (field, term, edits, boost) is its identity: equal texts rewrite alike on one index.
        var key = query.GetType().Name + "|" + query.ToString();
        if (_rewrites.TryGetValue(key, out var known)) return known;
        var rewritten = query;
        for (var next = rewritten.Rewrite(_reader); next != rewritten; next = rewritten.Rewrite(_reader)) rewritten = next;
        if (_rewrites.Count >= MaxCachedRewrites) _rewrites.Clear(); // typos are many; the common ones come back quickly
        return _rewrites.GetOrAdd(key, rewritten);
    }

    private static Document ToDocument(KnowledgeRecord record)
    {
        var (title, tags, body) = Texts(record);
        return
        [
            new StringField(KeyField, record.Key, Field.Store.NO),
            new StoredField(RecordField, Storage.KnowledgeDatabase.Serialize(record)),
            new BinaryDocValuesField(FactsField, new BytesRef(RecordFacts.Of(record).ToBytes())),
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
