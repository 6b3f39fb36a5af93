using Microsoft.Extensions.Options;
using TrierBot.Knowledge;

namespace TrierBot.Monitoring;

/// <summary>Builds what <c>/monitoring</c> and its API show; every number goes through <see cref="DemandTable"/>'s suppression.</summary>
public sealed class MonitoringReport(IDemandStore store, KnowledgeStore knowledge, IOptions<MonitoringOptions> options)
{
    public MonitoringView Build(MonitoringFilter filter)
    {
        var minCell = options.Value.EffectiveMinCell;
        var counts = store.Read(filter.Months.From, filter.Months.To);
        var charts = ChartDefinition.All.Select(c => (c, DemandTable.Build(counts, c.By, minCell, filter.Matches))).ToList();
        var overall = DemandTable.Build(counts, [], minCell, filter.Matches);
        return new MonitoringView(filter, charts, overall, knowledge.Indicators());
    }
}
