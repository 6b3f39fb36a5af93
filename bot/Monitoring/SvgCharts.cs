using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace TrierBot.Monitoring;

/// <summary>
/// The page's charts as SVG drawn on the server: no script, nothing to fetch, the page's CSP holds. Every bar and
/// cell carries its number as text, so nothing is told by colour alone; a suppressed count reads "&lt; 5" on a
/// hatched cell or a dashed bar outline.
/// </summary>
public static class SvgCharts
{
    private const int Width = 640;
    private const string Bar = "#1f5f99";
    private const string Ink = "#1a1a1a";

    public static string Render(ChartDefinition chart, DemandTable table) => chart.Kind switch
    {
        ChartKind.HeatMap => HeatMap(chart, table),
        ChartKind.MonthlyBars => MonthlyBars(chart, table),
        _ => Bars(chart, table),
    };

    /// <summary>The rows of a one-dimension chart in page order (districts in the city's order, else largest first).</summary>
    public static IReadOnlyList<DemandCell> Rows(ChartDefinition chart, DemandTable table)
    {
        var dimension = chart.By[0];
        IEnumerable<DemandCell> rows = dimension is DemandDimensions.District or DemandDimensions.AgeBand or DemandDimensions.Month
            ? table.Cells.OrderBy(c => MonitoringLabels.Order(dimension, c.Values[0])).ThenBy(c => c.Values[0], StringComparer.Ordinal)
            : table.Cells.OrderByDescending(c => chart.ValueOf(c).Suppressed ? 0 : chart.ValueOf(c).Value).ThenBy(c => c.Values[0], StringComparer.Ordinal);
        return [.. chart.Top is { } top ? rows.Take(top) : rows];
    }

    private static string Bars(ChartDefinition chart, DemandTable table)
    {
        var rows = Rows(chart, table);
        const int label = 210, row = 24, top = 8;
        var max = Math.Max(1, rows.Select(chart.ValueOf).Where(v => !v.Suppressed).Select(v => v.Value).DefaultIfEmpty(0).Max());
        var height = top * 2 + Math.Max(1, rows.Count) * row;
        var svg = Open(chart, height);
        if (rows.Count == 0) svg.Append(Text(8, top + 16, "keine Suchen in diesem Zeitraum", "start"));
        for (var i = 0; i < rows.Count; i++)
        {
            var (value, suppressed) = chart.ValueOf(rows[i]);
            var y = top + i * row;
            svg.Append(Text(label - 8, y + 16, MonitoringLabels.Label(chart.By[0], rows[i].Values[0]), "end"));
            if (suppressed)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{label}\" y=\"{y + 4}\" width=\"24\" height=\"16\" fill=\"none\" stroke=\"{Bar}\" stroke-dasharray=\"3 2\"/>");
                svg.Append(Text(label + 30, y + 16, table.SuppressedText, "start"));
                continue;
            }

            var length = (int)Math.Round(330.0 * value / max);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{label}\" y=\"{y + 4}\" width=\"{Math.Max(1, length)}\" height=\"16\" fill=\"{Bar}\"/>");
            svg.Append(Text(label + length + 6, y + 16, value.ToString(CultureInfo.InvariantCulture), "start"));
        }

        return svg.Append("</svg>").ToString();
    }

    private static string HeatMap(ChartDefinition chart, DemandTable table)
    {
        var (rowDimension, columnDimension) = (chart.By[0], chart.By[1]);
        var rows = table.Cells.Select(c => c.Values[0]).Distinct().OrderBy(v => MonitoringLabels.Order(rowDimension, v)).ThenBy(v => v, StringComparer.Ordinal).ToList();
        var columns = table.Cells.Select(c => c.Values[1]).Distinct().OrderBy(v => MonitoringLabels.Order(columnDimension, v)).ThenBy(v => v, StringComparer.Ordinal).ToList();
        var byKey = table.Cells.ToDictionary(c => (c.Values[0], c.Values[1]));
        const int label = 170, head = 44, row = 24;
        var cell = columns.Count == 0 ? 80 : Math.Min(92, (Width - label - 4) / columns.Count);
        var max = Math.Max(1, table.Cells.Select(chart.ValueOf).Where(v => !v.Suppressed).Select(v => v.Value).DefaultIfEmpty(0).Max());
        var svg = Open(chart, head + Math.Max(1, rows.Count) * row + 8);
        svg.Append("<defs><pattern id=\"hatch-").Append(chart.Id).Append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#9aa5b1\" stroke-width=\"2\"/></pattern></defs>");
        for (var c = 0; c < columns.Count; c++)
        {
            svg.Append(Text(label + c * cell + cell / 2, head - 10, Short(MonitoringLabels.ShortLabel(columnDimension, columns[c])), "middle"));
        }

        if (rows.Count == 0) svg.Append(Text(8, head + 16, "keine Suchen in diesem Zeitraum", "start"));
        for (var r = 0; r < rows.Count; r++)
        {
            var y = head + r * row;
            svg.Append(Text(label - 8, y + 16, MonitoringLabels.Label(rowDimension, rows[r]), "end"));
            for (var c = 0; c < columns.Count; c++)
            {
                var x = label + c * cell;
                var (value, suppressed) = byKey.TryGetValue((rows[r], columns[c]), out var found) ? chart.ValueOf(found) : (0, false);
                var shade = suppressed ? 0 : (double)value / max;
                var fill = suppressed ? $"url(#hatch-{chart.Id})" : Shade(shade);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x + 1}\" y=\"{y + 1}\" width=\"{cell - 2}\" height=\"{row - 2}\" fill=\"{fill}\" stroke=\"#c8d1db\"/>");
                var text = suppressed ? table.SuppressedText : value.ToString(CultureInfo.InvariantCulture);
                svg.Append(Text(x + cell / 2, y + 16, text, "middle", shade > 0.55 ? "#ffffff" : Ink, suppressed));
            }
        }

        return svg.Append("</svg>").ToString();
    }

    private static string MonthlyBars(ChartDefinition chart, DemandTable table)
    {
        var months = table.Cells.Select(c => c.Values[0]).Distinct().Order(StringComparer.Ordinal).ToList();
        var series = table.Cells.Select(c => c.Values[1]).Distinct().OrderBy(v => MonitoringLabels.Order(chart.By[1], v)).ToList();
        var byKey = table.Cells.ToDictionary(c => (c.Values[0], c.Values[1]));
        var max = Math.Max(1, table.Cells.Select(chart.ValueOf).Where(v => !v.Suppressed).Select(v => v.Value).DefaultIfEmpty(0).Max());
        const int panel = 118, left = 40, chartHeight = 70;
        var step = months.Count == 0 ? 40 : Math.Min(46, (Width - left - 8) / months.Count);
        var svg = Open(chart, Math.Max(1, series.Count) * panel + 8);
        if (series.Count == 0) svg.Append(Text(8, 24, "keine Suchen in diesem Zeitraum", "start"));
        for (var s = 0; s < series.Count; s++)
        {
            var top = s * panel;
            svg.Append(Text(left, top + 16, MonitoringLabels.Label(chart.By[1], series[s]), "start", Ink, bold: true));
            var baseline = top + 24 + chartHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{baseline}\" x2=\"{left + months.Count * step}\" y2=\"{baseline}\" stroke=\"#6b7785\"/>");
            for (var m = 0; m < months.Count; m++)
            {
                var x = left + m * step;
                var (value, suppressed) = byKey.TryGetValue((months[m], series[s]), out var found) ? chart.ValueOf(found) : (0, false);
                if (suppressed)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x + 4}\" y=\"{baseline - 10}\" width=\"{step - 8}\" height=\"10\" fill=\"none\" stroke=\"{Bar}\" stroke-dasharray=\"3 2\"/>");
                }
                else
                {
                    var height = (int)Math.Round((chartHeight - 14.0) * value / max);
                    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x + 4}\" y=\"{baseline - height}\" width=\"{step - 8}\" height=\"{height}\" fill=\"{Bar}\"/>");
                }

                var labelY = suppressed ? baseline - 13 : baseline - (int)Math.Round((chartHeight - 14.0) * value / max) - 3;
                svg.Append(Text(x + step / 2, labelY, suppressed ? table.SuppressedText : value.ToString(CultureInfo.InvariantCulture), "middle", Ink, small: true));
                svg.Append(Text(x + step / 2, baseline + 13, months[m][2..].Replace('-', '/'), "middle", Ink, small: true));
            }
        }

        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(ChartDefinition chart, int height)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{chart.Id}-svg-title {chart.Id}-svg-desc\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"system-ui, sans-serif\" font-size=\"13\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{chart.Id}-svg-title\">{Encode(chart.Title)}</title><desc id=\"{chart.Id}-svg-desc\">{Encode(chart.Description)} Die Zahlen stehen auch in der Tabelle darunter.</desc>");
        return svg;
    }

    private static string Text(int x, int y, string text, string anchor, string fill = Ink, bool italic = false, bool bold = false, bool small = false)
        => string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{y}\" text-anchor=\"{anchor}\" fill=\"{fill}\"{(bold ? " font-weight=\"bold\"" : "")}{(italic ? " font-style=\"italic\"" : "")}{(small ? " font-size=\"11\"" : "")}>{Encode(text)}</text>");

    /// <summary>From a very light to a dark blue; the number in the cell says the same in words.</summary>
    private static string Shade(double t)
    {
        if (t <= 0) return "#ffffff";
        var (r, g, b) = ((int)(235 - 224 * t), (int)(243 - 182 * t), (int)(250 - 140 * t));
        return $"#{r:x2}{g:x2}{b:x2}";
    }

    private static string Short(string label) => label.Length > 14 ? label[..13] + "…" : label;

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
