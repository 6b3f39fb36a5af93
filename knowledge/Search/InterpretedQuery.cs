namespace TrierBot.Knowledge.Search;

/// <summary>
/// A query after the lexicons: English rendered in German, question frames and job titles turned into
/// <see cref="Expansions"/>, and the rest of the words (<see cref="RemainingText"/>) for the analyzer.
/// </summary>
internal sealed record InterpretedQuery(string RemainingText, IReadOnlyList<QueryExpansion> Expansions, bool English, bool Question)
{
    public IEnumerable<string> Categories => Expansions.SelectMany(e => e.Categories).Distinct(StringComparer.OrdinalIgnoreCase);
}
