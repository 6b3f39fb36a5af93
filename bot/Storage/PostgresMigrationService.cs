namespace TrierBot.Storage;

/// <summary>
/// Migrates the PostgreSQL schema when the host starts, before it listens: hosted services start in the order
/// they were registered, and this one is registered before every store (docs/deployment.md).
/// </summary>
public sealed class PostgresMigrationService(PostgresMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken: cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
