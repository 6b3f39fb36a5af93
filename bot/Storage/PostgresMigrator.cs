using Npgsql;

namespace TrierBot.Storage;

/// <summary>
/// Brings the database to <see cref="PostgresSchema"/>: the steps it lacks, in one transaction under a
/// transaction-scoped advisory lock, so two instances starting at once apply each step once (the second waits,
/// then finds nothing to do). Running it again changes nothing.
/// </summary>
public sealed class PostgresMigrator(NpgsqlDataSource dataSource, ILogger<PostgresMigrator> logger)
{
    /// <summary>The advisory lock every instance takes for migrating: "TrierBot" in ASCII.</summary>
    public const long LockKey = 0x5472_6965_7242_6F74;

    /// <summary>Applies the missing steps of <paramref name="migrations"/> (default: the bot's schema); returns how many.</summary>
    public async Task<int> MigrateAsync(IReadOnlyList<PostgresMigration>? migrations = null, CancellationToken cancellationToken = default)
    {
        migrations ??= PostgresSchema.Migrations;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, ("key", LockKey));
        await ExecuteAsync(connection, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version     integer PRIMARY KEY,
                name        text        NOT NULL,
                applied_utc timestamptz NOT NULL DEFAULT now()
            )
            """, cancellationToken);

        var applied = new HashSet<int>();
        await using (var read = new NpgsqlCommand("SELECT version FROM schema_migrations", connection))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        var count = 0;
        foreach (var migration in migrations.OrderBy(m => m.Version).Where(m => !applied.Contains(m.Version)))
        {
            await ExecuteAsync(connection, migration.Sql, cancellationToken);
            await ExecuteAsync(connection, "INSERT INTO schema_migrations (version, name) VALUES (@version, @name)", cancellationToken, ("version", migration.Version), ("name", migration.Name));
            logger.LogInformation("PostgreSQL schema: applied step {Version} ({Name})", migration.Version, migration.Name);
            count++;
        }

        var newest = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
        if (applied.Count > 0 && applied.Max() > newest)
        {
            // An instance of the next release migrated first (a rolling upgrade): its steps keep this release working.
            logger.LogWarning("PostgreSQL schema is at step {Applied}, newer than this release knows ({Known})", applied.Max(), newest);
        }

        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
