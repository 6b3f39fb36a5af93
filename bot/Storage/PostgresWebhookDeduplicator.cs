using System.Security.Cryptography;
using System.Text;
using Npgsql;
using TrierBot.Channels;
using TrierBot.Privacy;

namespace TrierBot.Storage;

/// <summary>
/// Webhook dedupe shared by every instance (the same contract tests as <see cref="WebhookDeduplicator"/>): a
/// redelivery that the proxy sends to another instance is still recognised. The claim is one
/// <c>INSERT … ON CONFLICT DO NOTHING</c>, so of two instances claiming one key at once exactly one wins. Only a
/// hash of each key is kept: a WhatsApp message id encodes the sender's phone number.
/// </summary>
public sealed class PostgresWebhookDeduplicator(NpgsqlDataSource dataSource, TimeSpan window, TimeProvider time) : IWebhookDeduplicator, IConversationDataStore
{
    private const int PruneEveryClaims = 256;

    private int _claims;

    // Synchronous as the adapters call it; a webhook request waits for its claim either way.
    public bool TryClaim(string deliveryKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        var now = time.GetUtcNow().UtcDateTime;
        using var command = dataSource.CreateCommand("INSERT INTO webhook_deliveries (key_hash, received_utc) VALUES (@hash, @now) ON CONFLICT DO NOTHING");
        command.Parameters.AddWithValue("hash", SHA256.HashData(Encoding.UTF8.GetBytes(deliveryKey)));
        command.Parameters.AddWithValue("now", now);
        var claimed = command.ExecuteNonQuery() == 1;

        // Pruning now and then keeps the window bounded without a background job.
        if (claimed && Interlocked.Increment(ref _claims) % PruneEveryClaims == 0)
        {
            Prune(now);
        }

        return claimed;
    }

    /// <summary>Nothing to erase per conversation: only hashes of delivery ids are kept, tied to no conversation.</summary>
    public Task EraseAsync(ErasedConversation conversation, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<int> EraseExpiredAsync(DateTime nowUtc, CancellationToken cancellationToken) => Task.FromResult(Prune(nowUtc));

    private int Prune(DateTime nowUtc)
    {
        using var command = dataSource.CreateCommand("DELETE FROM webhook_deliveries WHERE received_utc < @cutoff");
        command.Parameters.AddWithValue("cutoff", DateTime.SpecifyKind(nowUtc - window, DateTimeKind.Utc));
        return command.ExecuteNonQuery();
    }
}
