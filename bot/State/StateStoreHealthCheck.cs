using LiteDB;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TrierBot.State;

/// <summary>Ready when the state database answers a read.</summary>
public sealed class StateStoreHealthCheck(ILiteDatabase database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            _ = database.GetCollectionNames().Count();
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        catch (LiteException ex)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("state store unavailable", ex));
        }
    }
}
