using LiteDB;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TrierBot.State;

/// <summary>
/// Bot state (conversation, user, dialog stacks) persisted in LiteDB, with the semantics
/// <see cref="IStorage"/> promises and <see cref="MemoryStorage"/> shows: values round-trip with their
/// types, and an <see cref="IStoreItem"/> whose ETag no longer matches the stored one is refused.
/// </summary>
public sealed class LiteDbStorage : IStorage
{
    private const string CollectionName = "botstate";

    // Same settings as the SDK's MemoryStorage: type names let dialog stacks come back as the
    // objects they were; the store is ours, never fed from outside.
    private static readonly JsonSerializerSettings SerializerSettings = new()
    {
        TypeNameHandling = TypeNameHandling.All,
        MaxDepth = null,
        NullValueHandling = NullValueHandling.Include,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    };

    private readonly ILiteCollection<StoredState> _items;
    // LiteDB serializes writers itself; this lock makes "compare ETag, then write" one step.
    private readonly Lock _writeLock = new();

    public LiteDbStorage(ILiteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _items = database.GetCollection<StoredState>(CollectionName);
    }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>(keys.Length);
        foreach (var key in keys.Distinct())
        {
            var stored = _items.FindById(key);
            if (stored is null)
            {
                continue;
            }

            var value = JsonConvert.DeserializeObject(stored.Json, SerializerSettings);
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
        lock (_writeLock)
        {
            foreach (var (key, value) in changes)
            {
                var stored = _items.FindById(key);
                if (value is IStoreItem item && stored is not null && !string.IsNullOrEmpty(item.ETag) && item.ETag != "*" && item.ETag != stored.ETag)
                {
                    throw new InvalidOperationException($"ETag conflict for key '{key}': expected {item.ETag}, stored {stored.ETag}.");
                }

                var etag = Guid.NewGuid().ToString("N");
                _items.Upsert(new StoredState { Id = key, Json = JsonConvert.SerializeObject(value, SerializerSettings), ETag = etag, UpdatedUtc = DateTime.UtcNow });
                if (value is IStoreItem written)
                {
                    written.ETag = etag;
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_writeLock)
        {
            foreach (var key in keys)
            {
                _items.Delete(key);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Keys starting with a prefix, e.g. all state of one conversation ("directline/conversations/abc").</summary>
    public IReadOnlyList<string> KeysStartingWith(string prefix) =>
        _items.Query().Where(s => s.Id.StartsWith(prefix)).Select(s => s.Id).ToList();

    /// <summary>Deletes state not written since <paramref name="cutoffUtc"/> (retention).</summary>
    public int DeleteOlderThan(DateTime cutoffUtc)
    {
        lock (_writeLock)
        {
            return _items.DeleteMany(s => s.UpdatedUtc < cutoffUtc);
        }
    }
}
