using TrierBot.Dialogs.Monitoring;

namespace TrierBot.Monitoring;

/// <summary>The page's filters (query string <c>from</c>, <c>to</c>, <c>topic</c>, <c>district</c>); empty: everything.</summary>
public sealed record MonitoringFilter(MonthRange Months, string? Topic, string? District)
{
    /// <summary>Reads the query; <paramref name="error"/> says in words what is wrong (answered with 400).</summary>
    public static MonitoringFilter? TryRead(IQueryCollection query, out string? error)
    {
        var months = MonthRange.TryParse(query["from"], query["to"], out error);
        if (months is null) return null;
        var topic = Blank(query["topic"]);
        var district = Blank(query["district"]);
        if (topic is not null && !MonitoringLabels.Topics.ContainsKey(topic))
        {
            error = $"Unbekanntes Thema „{topic}“.";
            return null;
        }

        if (district is not null && !MonitoringLabels.DistrictValues.Contains(district))
        {
            error = $"Unbekannter Ortsbezirk „{district}“.";
            return null;
        }

        return new MonitoringFilter(months, topic, district);
    }

    public bool Matches(DemandRecord record) => (Topic is null || record.Topic == Topic) && (District is null || record.District == District);

    /// <summary>The filters as a query string ("?from=…"), for the CSV links.</summary>
    public string QueryString()
    {
        var parts = new List<string>();
        if (Months.From is { } from) parts.Add("from=" + from);
        if (Months.To is { } to) parts.Add("to=" + to);
        if (Topic is { } topic) parts.Add("topic=" + Uri.EscapeDataString(topic));
        if (District is { } district) parts.Add("district=" + Uri.EscapeDataString(district));
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
