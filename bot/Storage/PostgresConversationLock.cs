using Npgsql;
using TrierBot.State;

namespace TrierBot.Storage;

/// <summary>
/// One turn at a time per conversation across instances: a transaction-scoped advisory lock on the 64-bit hash of
/// the conversation's key, held by an open transaction for the length of the turn. PostgreSQL releases it when the
/// transaction ends — or when the instance dies and its connection drops, so a killed instance blocks nobody.
/// </summary>
/// <remarks>
/// The locks use a data source (connection pool) of their own: were they drawn from the stores' pool, a full pool
/// of waiting turns would leave no connection for the turns that hold the locks to read and write their state.
/// Two conversations whose keys hash alike only wait for each other.
/// </remarks>
public sealed class PostgresConversationLock(NpgsqlDataSource lockDataSource) : IConversationLock
{
    /// <summary>The DI key of the locks' own data source.</summary>
    public const string DataSourceKey = "turn-locks";

    /// <summary>How long a turn waits for the conversation's previous turn on another instance before it fails.</summary>
    public static readonly TimeSpan WaitLimit = TimeSpan.FromMinutes(2);

    public async Task<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        var connection = await lockDataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended(@key, 0))", connection, transaction)
            {
                CommandTimeout = (int)WaitLimit.TotalSeconds,
            };
            command.Parameters.AddWithValue("key", conversationKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Held(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class Held(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                // Nothing was written in it: ending the transaction only releases the lock.
                await transaction.RollbackAsync();
            }
            finally
            {
                await transaction.DisposeAsync();
                await connection.DisposeAsync();
            }
        }
    }
}
