namespace TrierBot.Knowledge.Import;

/// <summary>One source's line in the import summary.</summary>
/// <param name="Replaced">True when the source's records in the store were replaced by this run.</param>
public sealed record ImportSourceSummary(string Source, IReadOnlyList<string> Files, int Read, int Imported, int Rejected, bool Replaced);
