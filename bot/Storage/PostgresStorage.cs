using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Npgsql;
using NpgsqlTypes;
using TrierBot.Dialogs.Framework;
using TrierBot.Privacy;

namespace TrierBot.Storage;

/// <summary>
/// Bot state (conversation, user, dialog stacks) in PostgreSQL, shared by every instance, with the semantics
/// <see cref="IStorage"/> promises (the same contract tests as <see cref="State.LiteDbStorage"/>): values
/// round-trip with their types, and an <see cref="IStoreItem"/> whose ETag no longer matches is refused.
/// </summary>
/// <remarks>
/// The ETag is the row's <c>version</c>, drawn from one sequence, so an ETag is never reused even after a key was
/// deleted and written again. A conditional write is one <c>INSERT … ON CONFLICT DO UPDATE … WHERE version = @expected</c>:
/// PostgreSQL's row lock makes the check and the write one step across instances. Several keys are written in
/// one transaction, all or none. No memory cache: another instance may have written since.
/// </remarks>
public sealed class PostgresStorage(NpgsqlDataSource dataSource) : IStorage, IConversationDataStore
{
    // As LiteDbStorage's, plus ReadAhead: jsonb keeps keys in its own order, so "$type" need not come first.
    private static readonly JsonSerializerSettings SerializerSettings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        SerializationBinder = CachedTypeNameBinder.Instance,
        TypeNameAssemblyFormatHandling = TypeNameAssemblyFormatHandling.Full,
        MetadataPropertyHandling = MetadataPropertyHandling.ReadAhead,
        MaxDepth = null,
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    };

    private const string UpsertSql = """
        INSERT INTO bot_state (key, value, version, updated_utc) VALUES (@key, @value, nextval('bot_state_version'), now())
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = excluded.version, updated_utc = excluded.updated_utc
        """;

    /// <summary>State not written for this long goes (retention); the host sets it from <c>State:RetentionDays</c>.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(30);

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>(keys.Length);
        if (keys.Length == 0)
        {
            return result;
        }

        await using var command = dataSource.CreateCommand("SELECT key, value::text, version FROM bot_state WHERE key = ANY(@keys)");
        command.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = keys.Distinct().ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var value = JsonConvert.DeserializeObject<object>(reader.GetString(1), SerializerSettings);
            if (value is IStoreItem item)
            {
                item.ETag = ETagOf(reader.GetInt64(2));
            }

            if (value is not null)
            {
                result[reader.GetString(0)] = value;
            }
        }

        return result;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        // In key order, so two instances writing the same keys lock their rows in the same order (no deadlock).
        var writes = changes.OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => (c.Key, Json: JsonbText.Of(JsonConvert.SerializeObject(c.Value, typeof(object), SerializerSettings)), Item: c.Value as IStoreItem))
            .ToList();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = writes.Count > 1 ? await connection.BeginTransactionAsync(cancellationToken) : null;
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var (key, json, item) in writes)
        {
            var conditional = item?.ETag is { Length: > 0 } etag && etag != "*";
            var command = new NpgsqlBatchCommand(conditional ? UpsertSql + " WHERE bot_state.version = @expected RETURNING version" : UpsertSql + " RETURNING version");
            command.Parameters.AddWithValue("key", key);
            command.Parameters.Add(new NpgsqlParameter("value", NpgsqlDbType.Jsonb) { Value = json });
            if (conditional)
            {
                // An ETag that is no version of ours (another store's) matches no row: a conflict if the key exists.
                command.Parameters.AddWithValue("expected", long.TryParse(item!.ETag, out var expected) ? expected : -1L);
            }

            batch.BatchCommands.Add(command);
        }

        var versions = new long[writes.Count];
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            for (var i = 0; i < writes.Count; i++)
            {
                if (!await reader.ReadAsync(cancellationToken))
                {
                    // Nothing written for this key: its stored version is newer. The transaction rolls back on dispose.
                    throw new InvalidOperationException($"ETag conflict for key '{writes[i].Key}': expected {writes[i].Item?.ETag}, stored a newer version.");
                }

                versions[i] = reader.GetInt64(0);
                await reader.NextResultAsync(cancellationToken);
            }
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        // The caller's store items learn their new ETags, as with MemoryStorage.
        for (var i = 0; i < writes.Count; i++)
        {
            if (writes[i].Item is { } item)
            {
                item.ETag = ETagOf(versions[i]);
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }

        await using var command = dataSource.CreateCommand("DELETE FROM bot_state WHERE key = ANY(@keys)");
        command.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = keys });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Deletes state not written since <paramref name="cutoffUtc"/> (retention): returns how many entries.</summary>
    public async Task<int> DeleteOlderThanAsync(DateTime cutoffUtc, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM bot_state WHERE updated_utc < @cutoff");
        command.Parameters.AddWithValue("cutoff", DateTime.SpecifyKind(cutoffUtc, DateTimeKind.Utc));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The conversation's state and its user's. PostgreSQL keeps no readable copy once the rows are deleted and vacuumed.</summary>
    public Task EraseAsync(ErasedConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        string[] keys = string.IsNullOrEmpty(conversation.UserId)
            ? [$"{conversation.ChannelId}/conversations/{conversation.ConversationId}"]
            : [$"{conversation.ChannelId}/conversations/{conversation.ConversationId}", $"{conversation.ChannelId}/users/{conversation.UserId}"];
        return DeleteAsync(keys, cancellationToken);
    }

    public Task<int> EraseExpiredAsync(DateTime nowUtc, CancellationToken cancellationToken) =>
        DeleteOlderThanAsync(nowUtc - Retention, cancellationToken);

    private static string ETagOf(long version) => version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
