using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace TrierBot.Knowledge.Search;

/// <summary>The index-side and query-side analyzers, built once from the word lists and the synonym file.</summary>
internal sealed class GermanAnalysis : IDisposable
{
    private readonly FoldingAnalyzer _folding;

    private GermanAnalysis(Analyzer index, Analyzer query, FoldingAnalyzer folding, SearchLexicon lexicon)
    {
        Index = index;
        Query = query;
        _folding = folding;
        Lexicon = lexicon;
        Interpreter = new QueryInterpreter(lexicon, folding);
    }

    public Analyzer Index { get; }
    public Analyzer Query { get; }
    public SearchLexicon Lexicon { get; }
    public QueryInterpreter Interpreter { get; }

    /// <param name="synonymsPath">The office's synonym file; missing or null = no synonyms.</param>
    /// <param name="lexiconFolder">The folder with the generic words, occupations, English and question types; missing or null = none.</param>
    public static GermanAnalysis Create(string? synonymsPath, string? lexiconFolder = null)
    {
        var folding = new FoldingAnalyzer();
        var stopWords = FoldedSet(folding, WordListResource.Read("stopwords.txt"));
        var compoundParts = FoldedSet(folding, WordListResource.Read("compound-words.txt"));
        var synonyms = ReadSynonyms(folding, synonymsPath);
        return new GermanAnalysis(
            new GermanTextAnalyzer(stopWords, compoundParts, synonyms: null),
            new GermanTextAnalyzer(stopWords, compoundParts, synonyms),
            folding,
            SearchLexicon.Load(lexiconFolder, folding, WordListResource.Read("stopwords.txt").SelectMany(w => TermsByPosition(folding, w).Select(g => g[0]))));
    }

    /// <summary>The analyzed terms of a text, grouped by position (synonyms and compound parts share one).</summary>
    public static List<List<string>> TermsByPosition(Analyzer analyzer, string text) =>
        TermsWithOffsets(analyzer, text).Select(p => p.Terms).ToList();

    /// <summary>The analyzed terms by position, each with the span of the text it came from (a synonym: the words it replaced).</summary>
    public static List<(List<string> Terms, int Start, int End)> TermsWithOffsets(Analyzer analyzer, string text)
    {
        var groups = new List<(List<string> Terms, int Start, int End)>();
        using var stream = analyzer.GetTokenStream("q", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (increment.PositionIncrement > 0 || groups.Count == 0) groups.Add(([], offset.StartOffset, offset.EndOffset));
            var last = groups[^1];
            if (!last.Terms.Contains(value)) last.Terms.Add(value);
            groups[^1] = (last.Terms, Math.Min(last.Start, offset.StartOffset), Math.Max(last.End, offset.EndOffset));
        }
        stream.End();
        return groups;
    }

    public void Dispose()
    {
        Index.Dispose();
        Query.Dispose();
        _folding.Dispose();
    }

    private static CharArraySet FoldedSet(Analyzer folding, IEnumerable<string> words)
    {
        var set = new CharArraySet(GermanTextAnalyzer.Version, 256, ignoreCase: true);
        foreach (var word in words)
        {
            foreach (var group in TermsByPosition(folding, word))
            {
                foreach (var folded in group) set.Add(folded);
            }
        }
        return set;
    }

    private static SynonymMap? ReadSynonyms(Analyzer folding, string? path)
    {
        if (string.IsNullOrEmpty(path) || !File.Exists(path)) return null;
        var parser = new SynonymFileParser(folding);
        using (var reader = new StreamReader(path))
        {
            parser.Parse(reader);
        }
        return parser.Build();
    }
}
