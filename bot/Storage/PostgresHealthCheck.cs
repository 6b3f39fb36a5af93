using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace TrierBot.Storage;

/// <summary>Ready when the PostgreSQL database answers and its schema is in place.</summary>
public sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT max(version) FROM schema_migrations");
            var version = await command.ExecuteScalarAsync(cancellationToken);
            return version is int ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("the PostgreSQL schema is not migrated");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL unavailable", ex);
        }
    }
}
