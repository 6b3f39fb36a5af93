using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using TrierBot.Knowledge.Model;

namespace TrierBot.Monitoring;

/// <summary>
/// <c>/monitoring</c> as server-rendered HTML: the filters as a plain form, every chart as SVG with its table and a
/// CSV link beside it, the TILL indicators next to the districts. No script at all.
/// </summary>
public static class MonitoringPage
{
    public static string Render(MonitoringView view, string userName)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>Bildungsmonitoring – TrierBot</title><link rel=\"stylesheet\" href=\"/monitoring/assets/monitoring.css\"></head><body>");
        html.Append("<header class=\"top\"><p class=\"top__brand\">TrierBot · Bildungsbüro der Stadt Trier</p><p class=\"top__user\">Angemeldet: ").Append(E(userName))
            .Append(" · <a href=\"/counsellor\">Beratungskonsole</a></p></header><main id=\"main\">");
        html.Append("<h1>Bildungsmonitoring: Nachfrage im Chat</h1>");
        html.Append("<p class=\"lead\">Was Menschen im Chat suchen und wofür es in Trier kein passendes Angebot gab – anonym gezählt: nur Monat, Thema, Altersgruppe, Ortsbezirk, Wunschzeit und Bereich, nie Texte oder Personen. ")
            .Append(CultureInfo.InvariantCulture, $"Zahlen unter {view.MinCell} erscheinen als „&lt; {view.MinCell}“ und fehlen in den Downloads; Summen zählen nur die gezeigten Zellen.</p>");
        if (view.Demo)
        {
            html.Append("<p class=\"notice\" role=\"note\"><strong>Demo-Daten:</strong> Diese Zahlen sind erfunden (<code>monitoring demo</code>), damit die Seite gezeigt werden kann.</p>");
        }

        Filters(html, view.Filter);
        Overview(html, view);
        foreach (var (chart, table) in view.Charts)
        {
            html.Append("<section class=\"panel\" aria-labelledby=\"").Append(chart.Id).Append("-title\"><h2 id=\"").Append(chart.Id).Append("-title\">").Append(E(chart.Title)).Append("</h2>");
            if (chart.Id == "unmet-by-district")
            {
                html.Append("<div class=\"beside\"><div>");
                Chart(html, chart, table, view.Filter);
                html.Append("</div><div>");
                Indicators(html, view.Indicators);
                html.Append("</div></div>");
            }
            else
            {
                Chart(html, chart, table, view.Filter);
            }

            html.Append("</section>");
        }

        html.Append("<p class=\"footnote\">Erklärung für das Büro: <code>docs/monitoring.md</code>. JSON derselben Zahlen: <a href=\"/monitoring/api/charts")
            .Append(E(view.Filter.QueryString())).Append("\">/monitoring/api/charts</a>.</p></main></body></html>");
        return html.ToString();
    }

    private static void Filters(StringBuilder html, MonitoringFilter filter)
    {
        html.Append("<form class=\"filters\" method=\"get\" action=\"/monitoring\" aria-label=\"Filter\">");
        html.Append("<div><label for=\"from\">Von (Monat)</label><input id=\"from\" name=\"from\" type=\"month\" value=\"").Append(E(filter.Months.From ?? "")).Append("\"></div>");
        html.Append("<div><label for=\"to\">Bis (Monat)</label><input id=\"to\" name=\"to\" type=\"month\" value=\"").Append(E(filter.Months.To ?? "")).Append("\"></div>");
        html.Append("<div><label for=\"topic\">Thema</label><select id=\"topic\" name=\"topic\"><option value=\"\">alle Themen</option>");
        foreach (var (value, label) in MonitoringLabels.Topics)
        {
            html.Append("<option value=\"").Append(E(value)).Append('"').Append(filter.Topic == value ? " selected" : "").Append('>').Append(E(label)).Append("</option>");
        }

        html.Append("</select></div><div><label for=\"district\">Ortsbezirk</label><select id=\"district\" name=\"district\"><option value=\"\">alle Ortsbezirke</option>");
        foreach (var value in MonitoringLabels.DistrictValues)
        {
            html.Append("<option value=\"").Append(E(value)).Append('"').Append(filter.District == value ? " selected" : "").Append('>').Append(E(MonitoringLabels.Label(DemandDimensions.District, value))).Append("</option>");
        }

        html.Append("</select></div><div class=\"filters__actions\"><button type=\"submit\">Anzeigen</button> <a href=\"/monitoring\">Zurücksetzen</a></div></form>");
    }

    private static void Overview(StringBuilder html, MonitoringView view)
    {
        var all = view.Overall.Cells.FirstOrDefault();
        html.Append("<section class=\"panel\" aria-labelledby=\"overview-title\"><h2 id=\"overview-title\">Überblick</h2><dl class=\"figures\">");
        if (all is null)
        {
            html.Append("<div><dt>Geführte Suchen</dt><dd>0</dd></div></dl></section>");
            return;
        }

        var table = view.Overall;
        Figure(html, "Geführte Suchen", table.Show(all.Searches, all.SearchesSuppressed));
        Figure(html, "ohne passendes Angebot", Share(table, all.Unmet, all.UnmetSuppressed, all));
        Figure(html, "nach einem Menschen gefragt (Übergaberate)", Share(table, all.Handoffs, all.HandoffsSuppressed, all));
        html.Append("</dl></section>");
    }

    private static string Share(DemandTable table, int value, bool suppressed, DemandCell all)
        => suppressed || all.SearchesSuppressed ? table.SuppressedText
            : string.Create(CultureInfo.GetCultureInfo("de-DE"), $"{value} ({(all.Searches == 0 ? 0 : 100.0 * value / all.Searches):0.0} %)");

    private static void Figure(StringBuilder html, string label, string value)
        => html.Append("<div><dt>").Append(E(label)).Append("</dt><dd>").Append(E(value)).Append("</dd></div>");

    private static void Chart(StringBuilder html, ChartDefinition chart, DemandTable table, MonitoringFilter filter)
    {
        html.Append("<p class=\"desc\">").Append(E(chart.Description)).Append("</p><figure class=\"figure\">").Append(SvgCharts.Render(chart, table)).Append("</figure>");
        html.Append("<p class=\"actions\"><a download href=\"/monitoring/api/charts/").Append(chart.Id).Append(".csv").Append(E(filter.QueryString()))
            .Append("\">CSV herunterladen<span class=\"visually-hidden\">: ").Append(E(chart.Title)).Append("</span></a></p>");
        html.Append("<details><summary>Als Tabelle<span class=\"visually-hidden\">: ").Append(E(chart.Title)).Append("</span></summary><div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"").Append(E("Tabelle: " + chart.Title)).Append("\"><table><caption>").Append(E(chart.Title)).Append("</caption><thead><tr>");
        foreach (var dimension in chart.By) html.Append("<th scope=\"col\">").Append(E(MonitoringLabels.DimensionTitle(dimension))).Append("</th>");
        html.Append("<th scope=\"col\" class=\"num\">Suchen</th><th scope=\"col\" class=\"num\">ohne Angebot</th><th scope=\"col\" class=\"num\">Mensch gewünscht</th></tr></thead><tbody>");
        var rows = chart.By.Count == 1 ? SvgCharts.Rows(chart, table) : table.Cells.OrderBy(c => c.Values[0], StringComparer.Ordinal).ThenBy(c => MonitoringLabels.Order(chart.By[1], c.Values[1])).ToList();
        foreach (var cell in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < chart.By.Count; i++) html.Append(i == 0 ? "<th scope=\"row\">" : "<td>").Append(E(MonitoringLabels.Label(chart.By[i], cell.Values[i]))).Append(i == 0 ? "</th>" : "</td>");
            html.Append("<td class=\"num\">").Append(E(table.Show(cell.Searches, cell.SearchesSuppressed))).Append("</td><td class=\"num\">").Append(E(table.Show(cell.Unmet, cell.UnmetSuppressed)))
                .Append("</td><td class=\"num\">").Append(E(table.Show(cell.Handoffs, cell.HandoffsSuppressed))).Append("</td></tr>");
        }

        html.Append("</tbody><tfoot><tr><th scope=\"row\" colspan=\"").Append(chart.By.Count.ToString(CultureInfo.InvariantCulture)).Append("\">Summe der gezeigten Zellen</th>")
            .Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{table.TotalSearches}</td><td class=\"num\">{table.TotalUnmet}</td><td class=\"num\">{table.TotalHandoffs}</td></tr></tfoot></table></div></details>");
    }

    private static void Indicators(StringBuilder html, IReadOnlyList<Indicator> indicators)
    {
        var byDistrict = indicators.Where(i => i.District is not null).ToList();
        var names = byDistrict.Select(i => i.Name).Distinct().ToList();
        html.Append("<h3 id=\"till-title\">TILL-Indikatoren je Ortsbezirk</h3>");
        if (names.Count == 0)
        {
            html.Append("<p>Keine TILL-Indikatoren mit Ortsbezirk importiert (Quelle <code>till</code>).</p>");
            return;
        }

        html.Append("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"till-title\"><table aria-labelledby=\"till-title\"><thead><tr><th scope=\"col\">Ortsbezirk</th>");
        foreach (var name in names)
        {
            var sample = byDistrict.First(i => i.Name == name);
            html.Append("<th scope=\"col\" class=\"num\">").Append(E(name)).Append(CultureInfo.InvariantCulture, $" ({sample.Year}, {E(sample.Unit ?? "")})").Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var district in MonitoringLabels.DistrictValues.Where(d => byDistrict.Any(i => i.District == d)))
        {
            html.Append("<tr><th scope=\"row\">").Append(E(district)).Append("</th>");
            foreach (var name in names)
            {
                var value = byDistrict.Where(i => i.District == district && i.Name == name).OrderByDescending(i => i.Year).FirstOrDefault();
                html.Append("<td class=\"num\">").Append(value is null ? "–" : E(value.Value.ToString("0.#", CultureInfo.GetCultureInfo("de-DE")))).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></div>");
        var note = byDistrict.Select(i => i.Note).FirstOrDefault(n => !string.IsNullOrEmpty(n));
        html.Append("<p class=\"footnote\">Quelle: importierte TILL-Indikatoren (<code>till</code>)").Append(note is null ? "" : " – " + E(note)).Append(".</p>");
    }

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
