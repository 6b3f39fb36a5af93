using System.Globalization;
using System.Text.Json;

namespace TrierBot.Knowledge.Import;

/// <summary>
/// Reads the three file formats of knowledge-import.md into <see cref="RawRecord"/>s. A record that cannot
/// even be read (broken JSON line, extra CSV cells) comes back as a problem; a file that cannot be read at all
/// throws <see cref="InvalidDataException"/>, so its source keeps its old records.
/// </summary>
internal static class RecordFileReader
{
    public static IEnumerable<(RawRecord? Record, ImportProblem? Problem)> Read(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".json" => ReadJsonArray(path),
            ".jsonl" => ReadJsonLines(path),
            ".csv" => ReadCsv(path),
            _ => throw new InvalidDataException("unbekanntes Dateiformat (erlaubt: .json, .jsonl, .csv)"),
        };

    private static IEnumerable<(RawRecord?, ImportProblem?)> ReadJsonArray(string path)
    {
        JsonDocument document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"kein gültiges JSON (Zeile {e.LineNumber + 1}): {e.Message}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                throw new InvalidDataException("eine .json-Datei muss eine Liste [ … ] von Datensätzen enthalten");
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                index++;
                yield return element.ValueKind == JsonValueKind.Object
                    ? (new RawRecord(path, null, index, FromJsonObject(element)), null)
                    : (null, new ImportProblem(path, null, index, null, "Eintrag ist kein Objekt { … }"));
            }
        }
    }

    private static IEnumerable<(RawRecord?, ImportProblem?)> ReadJsonLines(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            Dictionary<string, RawValue>? fields = null;
            string? error = null;
            try
            {
                using var document = JsonDocument.Parse(line);
                if (document.RootElement.ValueKind == JsonValueKind.Object) fields = FromJsonObject(document.RootElement);
                else error = "Zeile ist kein Objekt { … }";
            }
            catch (JsonException e)
            {
                error = $"kein gültiges JSON: {e.Message}";
            }
            yield return fields is null
                ? (null, new ImportProblem(path, lineNumber, null, null, error!))
                : (new RawRecord(path, lineNumber, null, fields), null);
        }
    }

    private static IEnumerable<(RawRecord?, ImportProblem?)> ReadCsv(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var csv = new CsvRecordReader(reader);
        if (!csv.TryRead(0, out _, out var headerCells, out var headerFault)) throw new InvalidDataException("die Datei ist leer (erste Zeile = Feldnamen erwartet)");
        if (headerCells is null) throw new InvalidDataException($"die erste Zeile (Feldnamen) ist fehlerhaft: {headerFault}");
        var header = headerCells.Select(h => h.Trim()).ToArray();
        if (header.All(string.IsNullOrEmpty)) throw new InvalidDataException("die erste Zeile enthält keine Feldnamen");
        while (csv.TryRead(header.Length, out var line, out var cells, out var fault))
        {
            if (cells is null)
            {
                yield return (null, new ImportProblem(path, line, null, null, fault!));
                continue;
            }

            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            if (cells.Length > header.Length && cells.Skip(header.Length).Any(c => !string.IsNullOrWhiteSpace(c)))
            {
                yield return (null, new ImportProblem(path, line, null, null,
                    $"{cells.Length} Spalten, aber nur {header.Length} Feldnamen (Semikolon im Text? Dann den Text in \"…\" setzen)"));
                continue;
            }
            var fields = new Dictionary<string, RawValue>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Length && i < cells.Length; i++)
            {
                if (header[i].Length > 0) fields[header[i]] = RawValue.FromText(cells[i]);
            }
            yield return (new RawRecord(path, line, null, fields), null);
        }
    }

    private static Dictionary<string, RawValue> FromJsonObject(JsonElement element)
    {
        var fields = new Dictionary<string, RawValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.Null or JsonValueKind.Undefined:
                    break;
                case JsonValueKind.String:
                    fields[property.Name] = RawValue.FromText(value.GetString()!);
                    break;
                case JsonValueKind.Number:
                    fields[property.Name] = new RawValue(RawValueKind.Number, value.GetRawText(), []);
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    fields[property.Name] = new RawValue(RawValueKind.Boolean, value.GetRawText(), []);
                    break;
                case JsonValueKind.Array:
                    var items = value.EnumerateArray()
                        .Where(item => item.ValueKind != JsonValueKind.Null)
                        .Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText())
                        .ToList();
                    fields[property.Name] = new RawValue(RawValueKind.List, string.Join("|", items), items);
                    break;
                default:
                    fields[property.Name] = new RawValue(RawValueKind.Object, value.GetRawText(), []);
                    break;
            }
        }
        return fields;
    }
}
