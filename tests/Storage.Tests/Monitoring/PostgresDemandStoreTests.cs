using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using TrierBot.Monitoring;
using TrierBot.Storage.Tests.Postgres;

namespace TrierBot.Storage.Tests.Monitoring;

/// <summary>The demand contract on PostgreSQL: every store opened is another instance on the class's database.</summary>
public sealed class PostgresDemandStoreTests(PostgresDatabase database) : DemandStoreContract, IClassFixture<PostgresDatabase>
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(database.ConnectionString);

    protected override IDemandStore Open() => new PostgresDemandStore(_dataSource);

    public override async Task InitializeAsync() =>
        await new PostgresMigrator(_dataSource, NullLogger<PostgresMigrator>.Instance).MigrateAsync();

    public override async Task DisposeAsync() => await _dataSource.DisposeAsync();
}
