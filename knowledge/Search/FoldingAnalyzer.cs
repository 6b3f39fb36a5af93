using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace TrierBot.Knowledge.Search;

/// <summary>
/// Tokenizes, lower-cases and folds umlauts/ß, nothing more: brings word lists and synonym entries
/// into the same shape the <see cref="GermanTextAnalyzer"/> sees at the point where it uses them.
/// </summary>
internal sealed class FoldingAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(GermanTextAnalyzer.Version, reader);
        TokenStream stream = new LowerCaseFilter(GermanTextAnalyzer.Version, tokenizer);
        stream = new GermanNormalizationFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
