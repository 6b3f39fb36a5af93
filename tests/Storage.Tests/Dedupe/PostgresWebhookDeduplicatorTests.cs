using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using TrierBot.Channels;
using TrierBot.Storage.Tests.Postgres;

namespace TrierBot.Storage.Tests.Dedupe;

/// <summary>The dedupe contract on PostgreSQL: every store opened is another instance on the class's database.</summary>
public sealed class PostgresWebhookDeduplicatorTests(PostgresDatabase database) : WebhookDeduplicatorContract, IClassFixture<PostgresDatabase>
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(database.ConnectionString);

    protected override IWebhookDeduplicator Open() => new PostgresWebhookDeduplicator(_dataSource, Window, Time);

    public override async Task InitializeAsync() =>
        await new PostgresMigrator(_dataSource, NullLogger<PostgresMigrator>.Instance).MigrateAsync();

    public override async Task DisposeAsync() => await _dataSource.DisposeAsync();
}
