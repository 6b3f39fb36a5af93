using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace TrierBot.Knowledge.Search;

/// <summary>
/// The German analysis chain of index and query. Order matters: umlauts and ß are folded first so that
/// "Übung", "Uebung" and "ubung" meet; synonyms see whole (folded) words; stop words go before compounds
/// are split; the light stemmer runs last so that "Programmierkurs" → "programmier" meets "programmieren".
/// The query side adds the office's synonyms; the index side stays synonym-free, so editing the
/// synonym file needs no re-import.
/// </summary>
internal sealed class GermanTextAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly CharArraySet _stopWords;
    private readonly CharArraySet _compoundParts;
    private readonly SynonymMap? _synonyms;

    public GermanTextAnalyzer(CharArraySet stopWords, CharArraySet compoundParts, SynonymMap? synonyms)
    {
        _stopWords = stopWords;
        _compoundParts = compoundParts;
        _synonyms = synonyms;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new GermanNormalizationFilter(stream);
        stream = new ASCIIFoldingFilter(stream); // "Lerncafé" = "Lerncafe"
        if (_synonyms is not null) stream = new SynonymFilter(stream, _synonyms, ignoreCase: true);
        stream = new StopFilter(Version, stream, _stopWords);
        // Splits only words of ≥ 6 letters into listed parts of ≥ 4 letters: short words stay whole.
        stream = new DictionaryCompoundWordTokenFilter(Version, stream, _compoundParts, 6, 4, 20, onlyLongestMatch: true);
        stream = new GermanLightStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
