using Lucene.Net.Search;

namespace TrierBot.Knowledge.Search;

/// <summary>
/// The Lucene query of a text, and what the threshold needs to judge its hits: one clause per content word or
/// expansion (null for a word nothing in the store resembles), so that a hit's coverage can be counted.
/// </summary>
internal sealed record TextQuery(Query? Query, bool GenericOnly, IReadOnlyList<Query?> ContentClauses)
{
    public static readonly TextQuery Nothing = new(null, GenericOnly: false, []);

    /// <summary>The words (or understood phrases) behind <see cref="ContentClauses"/>, in the same order: for explaining a search.</summary>
    public IReadOnlyList<string> ContentWords { get; init; } = [];

    /// <summary>Per content clause: true when only a typo reading of the word finds anything.</summary>
    public IReadOnlyList<bool> TypoOnly { get; init; } = [];

    /// <summary>The words read as generic: they only lift a hit.</summary>
    public IReadOnlyList<string> GenericWords { get; init; } = [];
}
