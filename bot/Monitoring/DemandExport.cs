using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace TrierBot.Monitoring;

/// <summary>
/// A <see cref="DemandTable"/> as JSON or CSV. Downloads (CSV, the CLI's JSON) leave suppressed cells out and a
/// suppressed count empty; the page's JSON shows them as "&lt; 5", as the page does.
/// </summary>
public static class DemandExport
{
    public static JsonObject ToJson(DemandTable table, bool download)
    {
        var cells = new JsonArray();
        foreach (var cell in table.Cells)
        {
            if (download && cell.SearchesSuppressed) continue;
            var json = new JsonObject();
            for (var i = 0; i < table.By.Count; i++) json[table.By[i]] = cell.Values[i];
            json["searches"] = Count(table, cell.Searches, cell.SearchesSuppressed, download);
            json["unmet"] = Count(table, cell.Unmet, cell.UnmetSuppressed, download);
            json["handoffs"] = Count(table, cell.Handoffs, cell.HandoffsSuppressed, download);
            cells.Add(json);
        }

        return new JsonObject
        {
            ["minCell"] = table.MinCell,
            ["by"] = new JsonArray([.. table.By.Select(b => (JsonNode)b)]),
            ["demo"] = table.Demo,
            ["cells"] = cells,
            ["totals"] = new JsonObject { ["searches"] = table.TotalSearches, ["unmet"] = table.TotalUnmet, ["handoffs"] = table.TotalHandoffs },
            ["suppressedCells"] = table.SuppressedCells,
        };
    }

    /// <summary>Semicolon-separated, UTF-8, like the import files: one line per published cell.</summary>
    public static string ToCsv(DemandTable table)
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(';', table.By.Append("searches").Append("unmet").Append("handoffs")));
        foreach (var cell in table.Cells.Where(c => !c.SearchesSuppressed))
        {
            var fields = cell.Values.Select(Quote)
                .Append(cell.Searches.ToString(CultureInfo.InvariantCulture))
                .Append(cell.UnmetSuppressed ? "" : cell.Unmet.ToString(CultureInfo.InvariantCulture))
                .Append(cell.HandoffsSuppressed ? "" : cell.Handoffs.ToString(CultureInfo.InvariantCulture));
            csv.AppendLine(string.Join(';', fields));
        }

        return csv.ToString();
    }

    private static JsonNode? Count(DemandTable table, int value, bool suppressed, bool download)
        => suppressed ? (download ? null : JsonValue.Create(table.SuppressedText)) : JsonValue.Create(value);

    private static string Quote(string value) => value.IndexOfAny([';', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
