using Microsoft.Extensions.Diagnostics.HealthChecks;
using TrierBot.Knowledge;

namespace TrierBot.Hosting;

/// <summary>Ready when the knowledge index holds records: an empty store answers every question with "nothing found".</summary>
public sealed class KnowledgeHealthCheck(KnowledgeStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(store.Count > 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("the knowledge store is empty"));
}
