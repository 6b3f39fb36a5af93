namespace TrierBot.Knowledge.Import;

/// <summary>A record as read from a file: fields by case-insensitive name, plus where it came from.</summary>
internal sealed record RawRecord(string File, int? Line, int? Index, IReadOnlyDictionary<string, RawValue> Fields)
{
    public ImportProblem Problem(string? field, string reason) => new(File, Line, Index, field, reason);
}
