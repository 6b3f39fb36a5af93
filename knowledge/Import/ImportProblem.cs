namespace TrierBot.Knowledge.Import;

/// <summary>
/// Why a record (or a whole file) was not imported: file, where in it (line for CSV/JSONL,
/// 1-based entry number for a JSON array), the field and the reason, in German for the data maintainers.
/// </summary>
public sealed record ImportProblem(string File, int? Line, int? Index, string? Field, string Reason)
{
    public string Location => Line is { } line ? $"Zeile {line}" : Index is { } index ? $"Eintrag {index}" : "Datei";

    public override string ToString() =>
        $"{Path.GetFileName(File)}, {Location}{(Field is null ? "" : $", Feld „{Field}“")}: {Reason}";
}
