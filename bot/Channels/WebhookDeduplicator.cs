using System.Security.Cryptography;
using System.Text;
using LiteDB;
using TrierBot.Privacy;
using Microsoft.Extensions.Options;

namespace TrierBot.Channels;

/// <summary>
/// Remembers which webhook deliveries (Telegram update_id, WhatsApp message id) were already taken, so a
/// redelivery is processed once. Persisted in LiteDB rather than in memory: the messengers redeliver exactly
/// after the cases where memory is lost (a crash or restart before we answered 200). Only a hash of each key is
/// kept: a WhatsApp message id encodes the sender's phone number.
/// </summary>
public sealed class WebhookDeduplicator : IWebhookDeduplicator, IConversationDataStore
{
    private const string CollectionName = "webhook_deliveries";
    private const string ReceivedField = "at";
    private const int PruneEveryClaims = 256;

    private readonly ILiteCollection<BsonDocument> _deliveries;
    private readonly ChannelDatabase _database;
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;
    private int _claims;

    public WebhookDeduplicator(ChannelDatabase database, IOptions<ChannelsOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _deliveries = database.Database.GetCollection(CollectionName);
        _deliveries.EnsureIndex(ReceivedField);
        _window = options.Value.DedupeWindow;
        _time = time;
    }

    /// <summary>True the first time a delivery key is seen inside the window, false for every repeat.</summary>
    public bool TryClaim(string deliveryKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        var now = _time.GetUtcNow().UtcDateTime;
        try
        {
            _deliveries.Insert(new BsonDocument { ["_id"] = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(deliveryKey))), [ReceivedField] = now });
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return false;
        }

        // Pruning now and then keeps the window bounded without a background job.
        if (Interlocked.Increment(ref _claims) % PruneEveryClaims == 0)
        {
            _deliveries.DeleteMany(Query.LT(ReceivedField, now - _window));
        }

        return true;
    }

    /// <summary>Nothing to erase per conversation: only hashes of delivery ids are kept, tied to no conversation.</summary>
    public Task EraseAsync(ErasedConversation conversation, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<int> EraseExpiredAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var deleted = _deliveries.DeleteMany(Query.LT(ReceivedField, nowUtc - _window));
        if (deleted > 0)
        {
            _database.Database.Checkpoint();
        }

        return Task.FromResult(deleted);
    }
}
