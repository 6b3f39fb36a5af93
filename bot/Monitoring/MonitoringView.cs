using TrierBot.Knowledge.Model;

namespace TrierBot.Monitoring;

/// <summary>Everything the page shows for one filter: every chart's table, the overall counts, the TILL indicators.</summary>
public sealed record MonitoringView(MonitoringFilter Filter, IReadOnlyList<(ChartDefinition Chart, DemandTable Table)> Charts, DemandTable Overall, IReadOnlyList<Indicator> Indicators)
{
    public int MinCell => Overall.MinCell;

    /// <summary>Generated demo counts are part of what is shown.</summary>
    public bool Demo => Overall.Demo;
}
