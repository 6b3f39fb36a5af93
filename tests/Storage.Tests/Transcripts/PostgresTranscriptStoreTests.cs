using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using TrierBot.Storage.Tests.Postgres;

namespace TrierBot.Storage.Tests.Transcripts;

/// <summary>The transcript contract on PostgreSQL: every store opened is another instance on the class's database.</summary>
public sealed class PostgresTranscriptStoreTests(PostgresDatabase database) : TranscriptStoreContract, IClassFixture<PostgresDatabase>
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(database.ConnectionString);

    protected override ITranscriptStore Open(TimeSpan? retention = null) =>
        new PostgresTranscriptStore(_dataSource) { Retention = retention ?? TimeSpan.FromDays(30) };

    public override async Task InitializeAsync() =>
        await new PostgresMigrator(_dataSource, NullLogger<PostgresMigrator>.Instance).MigrateAsync();

    public override async Task DisposeAsync() => await _dataSource.DisposeAsync();
}
