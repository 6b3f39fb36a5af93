using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace TrierBot.Storage.Tests.Postgres;

public sealed class PostgresMigratorTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Migrate_FourInstancesStartingAtOnce_ApplyEachStepOnceAndAgainChangesNothing()
    {
        var empty = await database.CreateAnotherAsync();
        var sources = Enumerable.Range(0, 4).Select(_ => NpgsqlDataSource.Create(empty)).ToList();
        try
        {
            var applied = await Task.WhenAll(sources.Select(s => Task.Run(() => new PostgresMigrator(s, NullLogger<PostgresMigrator>.Instance).MigrateAsync())));

            Assert.Equal(PostgresSchema.Migrations.Count, applied.Sum());
            Assert.Equal(0, await new PostgresMigrator(sources[0], NullLogger<PostgresMigrator>.Instance).MigrateAsync());
            await using var steps = sources[0].CreateCommand("SELECT array_agg(version ORDER BY version) FROM schema_migrations");
            Assert.Equal(PostgresSchema.Migrations.Select(m => m.Version), (int[])(await steps.ExecuteScalarAsync())!);
        }
        finally
        {
            foreach (var source in sources)
            {
                await source.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Migrate_StepThatFails_LeavesNoPartOfIt()
    {
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        var migrator = new PostgresMigrator(source, NullLogger<PostgresMigrator>.Instance);
        await migrator.MigrateAsync();
        PostgresMigration[] broken = [new(9001, "half", "CREATE TABLE half_done (id int); SELECT 1/0;")];

        await Assert.ThrowsAsync<PostgresException>(() => migrator.MigrateAsync(broken));

        await using var check = source.CreateCommand("SELECT to_regclass('half_done') IS NULL AND NOT EXISTS (SELECT 1 FROM schema_migrations WHERE version = 9001)");
        Assert.True((bool)(await check.ExecuteScalarAsync())!);
    }
}
