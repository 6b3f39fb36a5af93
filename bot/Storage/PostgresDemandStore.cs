using Npgsql;
using NpgsqlTypes;
using TrierBot.Dialogs.Monitoring;
using TrierBot.Monitoring;

namespace TrierBot.Storage;

/// <summary>
/// The anonymous demand counts in PostgreSQL (table <c>demand_counts</c>, docs/monitoring.md), shared by every
/// instance: the same contract tests as <see cref="LiteDbDemandStore"/>. A count is added with one
/// <c>INSERT … ON CONFLICT DO UPDATE SET count = count + …</c>, so instances counting the same record at once lose
/// nothing. Like the LiteDB store it keeps only the record's fields and the count: no text, no ids, no time finer
/// than the month, and it is no <see cref="Privacy.IConversationDataStore"/> — erasing a conversation leaves it.
/// </summary>
public sealed class PostgresDemandStore(NpgsqlDataSource dataSource) : IDemandStore
{
    private const string Columns = "month, topic, age_band, district, time_wishes, categories, found, handoff, language, channel, demo";

    public void Apply(IReadOnlyList<DemandChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0) return;
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using var batch = new NpgsqlBatch(connection, transaction);
        // Rows are locked in key order (stable: one key's changes keep their order), so two instances applying
        // overlapping batches at once wait for each other instead of deadlocking.
        foreach (var change in changes.OrderBy(c => c.Record.Key, StringComparer.Ordinal))
        {
            if (change.Delta > 0)
            {
                var add = new NpgsqlBatchCommand($"""
                    INSERT INTO demand_counts (key, {Columns}, count) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
                    ON CONFLICT (key) DO UPDATE SET count = demand_counts.count + EXCLUDED.count
                    """);
                var r = change.Record;
                add.Parameters.Add(new NpgsqlParameter<string> { TypedValue = r.Key });
                add.Parameters.Add(new NpgsqlParameter<string> { TypedValue = r.Month });
                add.Parameters.Add(new NpgsqlParameter<string> { TypedValue = r.Topic });
                add.Parameters.Add(new NpgsqlParameter<string> { TypedValue = r.AgeBand });
                add.Parameters.Add(new NpgsqlParameter<string> { TypedValue = r.District });
                add.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. r.TimeWishes] });
                add.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. r.Categories] });
                add.Parameters.Add(new NpgsqlParameter { Value = (object?)r.Found ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
                add.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = r.Handoff });
                add.Parameters.Add(new NpgsqlParameter<string> { TypedValue = r.Language });
                add.Parameters.Add(new NpgsqlParameter<string> { TypedValue = r.Channel });
                add.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = r.Demo });
                add.Parameters.Add(new NpgsqlParameter<int> { TypedValue = change.Delta });
                batch.BatchCommands.Add(add);
            }
            else if (change.Delta < 0)
            {
                // Taking away never goes below zero; a count that reaches zero is no row (as in LiteDB). The update
                // holds the row's lock, so the delete sees the count it left.
                var take = new NpgsqlBatchCommand("UPDATE demand_counts SET count = GREATEST(0, count + $2) WHERE key = $1");
                take.Parameters.Add(new NpgsqlParameter<string> { TypedValue = change.Record.Key });
                take.Parameters.Add(new NpgsqlParameter<int> { TypedValue = change.Delta });
                batch.BatchCommands.Add(take);
                var gone = new NpgsqlBatchCommand("DELETE FROM demand_counts WHERE key = $1 AND count = 0");
                gone.Parameters.Add(new NpgsqlParameter<string> { TypedValue = change.Record.Key });
                batch.BatchCommands.Add(gone);
            }
        }

        if (batch.BatchCommands.Count == 0) return;
        batch.ExecuteNonQuery();
        transaction.Commit();
    }

    public IReadOnlyList<DemandCount> Read(string? fromMonth = null, string? toMonth = null)
    {
        using var command = dataSource.CreateCommand($"""
            SELECT {Columns}, count FROM demand_counts
            WHERE count > 0 AND ($1::text IS NULL OR month >= $1) AND ($2::text IS NULL OR month <= $2)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)fromMonth ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)toMonth ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        using var reader = command.ExecuteReader();
        var counts = new List<DemandCount>();
        while (reader.Read())
        {
            var record = new DemandRecord
            {
                Month = reader.GetString(0), Topic = reader.GetString(1), AgeBand = reader.GetString(2), District = reader.GetString(3),
                TimeWishes = reader.GetFieldValue<string[]>(4), Categories = reader.GetFieldValue<string[]>(5),
                Found = reader.IsDBNull(6) ? null : reader.GetInt32(6), Handoff = reader.GetBoolean(7),
                Language = reader.GetString(8), Channel = reader.GetString(9), Demo = reader.GetBoolean(10),
            };
            counts.Add(new DemandCount(record, reader.GetInt32(11)));
        }

        return counts;
    }

    public int RemoveDemo()
    {
        using var command = dataSource.CreateCommand("DELETE FROM demand_counts WHERE demo");
        return command.ExecuteNonQuery();
    }
}
