using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace TrierBot.Knowledge.Search;

/// <summary>
/// Reads the office's synonym file: "a, b, c" (all equivalent) or "a, b => c, d" (a and b also find c and d).
/// Unlike Solr's format the searched word itself is always kept, so a rule can only widen a search.
/// </summary>
internal sealed class SynonymFileParser : SynonymMap.Parser
{
    public SynonymFileParser(Analyzer analyzer) : base(dedup: true, analyzer) { }

    public override void Parse(TextReader reader)
    {
        foreach (var line in WordListResource.ReadLines(reader))
        {
            var sides = line.Split("=>", 2, StringSplitOptions.TrimEntries);
            var inputs = SplitTerms(sides[0]);
            var outputs = sides.Length == 2 ? SplitTerms(sides[1]) : inputs;
            foreach (var input in inputs)
            {
                foreach (var output in outputs)
                {
                    if (input.Equals(output)) continue;
                    Add(input, output, includeOrig: true);
                }
            }
        }
    }

    private List<CharsRef> SplitTerms(string side)
    {
        var terms = new List<CharsRef>();
        foreach (var text in side.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // An entry that folds to nothing (only punctuation) cannot match anything: skip it, don't fail the file.
            try { terms.Add(Analyze(text, new CharsRef())); }
            catch (ArgumentException) { }
        }
        return terms;
    }
}
