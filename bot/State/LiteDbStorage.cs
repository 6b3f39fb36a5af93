using LiteDB;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using TrierBot.Dialogs.Framework;
using TrierBot.Privacy;

namespace TrierBot.State;

/// <summary>
/// Bot state (conversation, user, dialog stacks) persisted in LiteDB, with the semantics
/// <see cref="IStorage"/> promises and <see cref="MemoryStorage"/> shows: values round-trip with their
/// types, and an <see cref="IStoreItem"/> whose ETag no longer matches the stored one is refused.
/// </summary>
/// <remarks>
/// Writes go through the database's <see cref="LiteDbGroupCommit"/>: a turn returns only after its state
/// is on disk (a <c>kill -9</c> loses nothing that was answered), and busy conversations share commits.
/// What was last read or committed stays in a bounded memory cache (as stored JSON, so every read still
/// hands out fresh objects): the next turn of a conversation need not ask LiteDB, whose every FindById
/// parses a query. This process is the database's only user (direct mode), so the cache cannot go stale.
/// </remarks>
public sealed class LiteDbStorage : IStorage, IConversationDataStore
{
    private const string CollectionName = "botstate";

    // Type names let dialog stacks come back as the objects they were (as with the SDK's MemoryStorage);
    // "Auto" writes them only where a declared type does not tell. The store is ours, never fed from outside.
    // Empty properties are left out: a property missing in the JSON keeps its initial value, the same
    // null or default for every state class here (dictionary entries are written even when null).
    private static readonly JsonSerializerSettings SerializerSettings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        SerializationBinder = CachedTypeNameBinder.Instance,
        TypeNameAssemblyFormatHandling = TypeNameAssemblyFormatHandling.Full,
        MaxDepth = null,
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    };

    private readonly LiteDbGroupCommit _writer;
    private readonly ILiteCollection<StoredState> _items;
    private readonly MemoryCache _recent;

    public LiteDbStorage(LiteDbGroupCommit writer, int cachedEntries = 10_000)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cachedEntries);
        _writer = writer;
        _items = writer.Database.GetCollection<StoredState>(CollectionName);
        _recent = new MemoryCache(new MemoryCacheOptions { SizeLimit = cachedEntries });
    }

    /// <summary>State not written for this long goes (retention); the host sets it from <see cref="StateOptions.RetentionDays"/>.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(30);

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>(keys.Length);
        foreach (var key in keys.Distinct())
        {
            var stored = _recent.TryGetValue(key, out StoredState? cached) ? cached : _items.FindById(key);
            if (stored is null)
            {
                continue;
            }

            if (cached is null)
            {
                Remember(stored);
            }

            var value = JsonConvert.DeserializeObject<object>(stored.Json, SerializerSettings);
            if (value is IStoreItem item)
            {
                item.ETag = stored.ETag;
            }

            if (value is not null)
            {
                result[key] = value;
            }
        }

        return Task.FromResult<IDictionary<string, object>>(result);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        // Serialized here, on the caller's thread: the writer thread only touches the database.
        var writes = changes.Select(c => new KeyWrite(c.Key, JsonConvert.SerializeObject(c.Value, typeof(object), SerializerSettings), c.Value as IStoreItem)).ToList();
        return _writer.EnqueueAsync(new StateChange(this, writes, []));
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return _writer.EnqueueAsync(new StateChange(this, [], keys));
    }

    /// <summary>Deletes state not written since <paramref name="cutoffUtc"/> (retention): returns how many entries.</summary>
    public async Task<int> DeleteOlderThanAsync(DateTime cutoffUtc)
    {
        var keys = _items.Query().Where(s => s.UpdatedUtc < cutoffUtc).Select(s => s.Id).ToArray();
        if (keys.Length > 0)
        {
            await DeleteAsync(keys);
        }

        return keys.Length;
    }

    /// <summary>The conversation's state and its user's; then a checkpoint, so that LiteDB's log keeps no copy.</summary>
    public async Task EraseAsync(ErasedConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        string[] keys = string.IsNullOrEmpty(conversation.UserId)
            ? [$"{conversation.ChannelId}/conversations/{conversation.ConversationId}"]
            : [$"{conversation.ChannelId}/conversations/{conversation.ConversationId}", $"{conversation.ChannelId}/users/{conversation.UserId}"];
        await DeleteAsync(keys, cancellationToken);
        _writer.Database.Checkpoint();
    }

    public async Task<int> EraseExpiredAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        var deleted = await DeleteOlderThanAsync(nowUtc - Retention);
        if (deleted > 0)
        {
            _writer.Database.Checkpoint();
        }

        return deleted;
    }

    private void Remember(StoredState stored) =>
        _recent.Set(stored.Id, stored, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });

    private sealed record KeyWrite(string Key, string Json, IStoreItem? Item);

    private sealed class StateChange(LiteDbStorage storage, IReadOnlyList<KeyWrite> writes, IReadOnlyList<string> deletes) : GroupWrite
    {
        private readonly ILiteCollection<StoredState> _items = storage._items;
        private readonly List<StoredState> _written = new(writes.Count);

        public override string? FindConflict()
        {
            foreach (var write in writes)
            {
                var expected = write.Item?.ETag;
                if (string.IsNullOrEmpty(expected) || expected == "*")
                {
                    continue;
                }

                var stored = _items.FindById(write.Key);
                if (stored is not null && stored.ETag != expected)
                {
                    return $"ETag conflict for key '{write.Key}': expected {expected}, stored {stored.ETag}.";
                }
            }

            return null;
        }

        public override void Apply()
        {
            _written.Clear();
            foreach (var write in writes)
            {
                var stored = new StoredState { Id = write.Key, Json = write.Json, ETag = Guid.NewGuid().ToString("N"), UpdatedUtc = DateTime.UtcNow };
                _items.Upsert(stored);
                _written.Add(stored);
            }

            foreach (var key in deletes)
            {
                _items.Delete(key);
            }
        }

        // The cache follows the database; the caller's store items learn their new ETags, as with MemoryStorage.
        public override void Committed()
        {
            for (var i = 0; i < writes.Count; i++)
            {
                storage.Remember(_written[i]);
                if (writes[i].Item is { } item)
                {
                    item.ETag = _written[i].ETag;
                }
            }

            foreach (var key in deletes)
            {
                storage._recent.Remove(key);
            }
        }
    }
}
