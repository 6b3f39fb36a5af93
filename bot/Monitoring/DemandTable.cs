using TrierBot.Dialogs.Monitoring;

namespace TrierBot.Monitoring;

/// <summary>
/// A breakdown of demand counts with small cells suppressed (docs/monitoring.md, "Small cells"): a count from 1 to
/// <see cref="MinCell"/> − 1 is never published (primary suppression); along every row and column — and the table as
/// a whole — a lone suppressed count is joined by the next smallest, so no published total minus published cells
/// gives it (secondary suppression); and the table's totals are sums of the published cells only.
/// </summary>
public sealed class DemandTable
{
    private DemandTable(IReadOnlyList<string> by, int minCell, List<DemandCell> cells, bool demo)
    {
        By = by;
        MinCell = minCell;
        Cells = cells;
        Demo = demo;
    }

    public IReadOnlyList<string> By { get; }

    public int MinCell { get; }

    /// <summary>Every cell with at least one search, suppressed ones included (their counts must not be shown).</summary>
    public IReadOnlyList<DemandCell> Cells { get; }

    /// <summary>Demo counts are part of the table.</summary>
    public bool Demo { get; }

    /// <summary>Sum of the published search counts (suppressed cells are not in it).</summary>
    public int TotalSearches => Cells.Where(c => !c.SearchesSuppressed).Sum(c => c.Searches);

    public int TotalUnmet => Cells.Where(c => !c.UnmetSuppressed).Sum(c => c.Unmet);

    public int TotalHandoffs => Cells.Where(c => !c.HandoffsSuppressed).Sum(c => c.Handoffs);

    public int SuppressedCells => Cells.Count(c => c.SearchesSuppressed);

    /// <summary>What a suppressed count is shown as: "&lt; 5".</summary>
    public string SuppressedText => $"< {MinCell}";

    /// <summary>Breaks <paramref name="counts"/> down by <paramref name="by"/> (<see cref="DemandDimensions"/>) and suppresses small cells.</summary>
    public static DemandTable Build(IEnumerable<DemandCount> counts, IReadOnlyList<string> by, int minCell, Func<DemandRecord, bool>? filter = null)
    {
        minCell = Math.Max(MonitoringOptions.LeastMinCell, minCell);
        var cells = new Dictionary<string, DemandCell>(StringComparer.Ordinal);
        var demo = false;
        foreach (var (record, count) in counts)
        {
            if (count <= 0 || filter?.Invoke(record) == false) continue;
            demo |= record.Demo;
            foreach (var values in Combinations(record, by))
            {
                var key = string.Join('\u001f', values);
                if (!cells.TryGetValue(key, out var cell)) cells[key] = cell = new DemandCell(values);
                cell.Searches += count;
                if (record.Unmet) cell.Unmet += count;
                if (record.Handoff) cell.Handoffs += count;
            }
        }

        var list = cells.Values.OrderBy(c => string.Join('\u001f', c.Values), StringComparer.Ordinal).ToList();
        Suppress(list, by.Count, minCell, c => c.Searches, c => c.SearchesSuppressed, c => c.SearchesSuppressed = true);
        foreach (var cell in list.Where(c => c.SearchesSuppressed))
        {
            cell.UnmetSuppressed = cell.HandoffsSuppressed = true;
        }

        Suppress(list, by.Count, minCell, c => c.Unmet, c => c.UnmetSuppressed, c => c.UnmetSuppressed = true);
        Suppress(list, by.Count, minCell, c => c.Handoffs, c => c.HandoffsSuppressed, c => c.HandoffsSuppressed = true);
        return new DemandTable(by, minCell, list, demo);
    }

    /// <summary>The value as published: the number, or "&lt; n".</summary>
    public string Show(int value, bool suppressed) => suppressed ? SuppressedText : value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<string[]> Combinations(DemandRecord record, IReadOnlyList<string> by)
    {
        IEnumerable<string[]> result = [[]];
        foreach (var dimension in by)
        {
            var values = DemandDimensions.ValuesOf(record, dimension);
            result = result.SelectMany(prefix => values.Select(v => (string[])[.. prefix, v]));
        }

        return result;
    }

    private static void Suppress(List<DemandCell> cells, int dimensions, int minCell, Func<DemandCell, int> value, Func<DemandCell, bool> isSuppressed, Action<DemandCell> suppress)
    {
        // Primary: a small positive count (zero says nothing about anyone).
        foreach (var cell in cells.Where(c => value(c) > 0 && value(c) < minCell)) suppress(cell);

        // Secondary: every line (all dimensions but one fixed) and the whole table must hide either none or at least
        // two of its counts, or the line's total (shown elsewhere) minus the shown cells would give the hidden one.
        var changed = true;
        while (changed)
        {
            changed = false;
            var lines = new List<IEnumerable<DemandCell>> { cells };
            for (var free = 0; free < dimensions && dimensions > 1; free++)
            {
                var f = free;
                lines.AddRange(cells.GroupBy(c => string.Join('\u001f', c.Values.Where((_, i) => i != f))));
            }

            foreach (var line in lines)
            {
                var members = line.Where(c => value(c) > 0).ToList();
                if (members.Count(isSuppressed) != 1) continue;
                var next = members.Where(c => !isSuppressed(c)).OrderBy(value).FirstOrDefault();
                if (next is null) continue;
                suppress(next);
                changed = true;
            }
        }
    }
}
