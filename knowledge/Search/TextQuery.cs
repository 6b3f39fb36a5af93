using Lucene.Net.Search;

namespace TrierBot.Knowledge.Search;

/// <summary>
/// The Lucene query of a text, and what the threshold needs to judge its hits: one clause per content word or
/// expansion (null for a word nothing in the store resembles), so that a hit's coverage can be counted.
/// </summary>
internal sealed record TextQuery(Query? Query, bool GenericOnly, IReadOnlyList<Query?> ContentClauses)
{
    public static readonly TextQuery Nothing = new(null, GenericOnly: false, []);
}
