namespace TrierBot.Knowledge.Search;

/// <summary>
/// One line of the occupation list (docs/import-format.md): the names people use, the KldB 2010 code and official
/// title, the Bundesagentur's Berufsfeld and TrierBot's categories.
/// </summary>
internal sealed record Occupation(IReadOnlyList<string> Names, string Code, string OfficialTitle, string Field, IReadOnlyList<string> Categories, string Origin);
