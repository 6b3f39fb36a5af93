using LiteDB;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace TrierBot.State;

/// <summary>
/// Bot state (conversation, user, dialog stacks) persisted in LiteDB, with the semantics
/// <see cref="IStorage"/> promises and <see cref="MemoryStorage"/> shows: values round-trip with their
/// types, and an <see cref="IStoreItem"/> whose ETag no longer matches the stored one is refused.
/// </summary>
/// <remarks>
/// Writes go through the database's <see cref="LiteDbGroupCommit"/>: a turn returns only after its state
/// is on disk (a <c>kill -9</c> loses nothing that was answered), and busy conversations share commits.
/// </remarks>
public sealed class LiteDbStorage : IStorage
{
    private const string CollectionName = "botstate";

    // Type names let dialog stacks come back as the objects they were (as with the SDK's MemoryStorage);
    // "Auto" writes them only where a declared type does not tell. The store is ours, never fed from outside.
    private static readonly JsonSerializerSettings SerializerSettings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        MaxDepth = null,
        NullValueHandling = NullValueHandling.Include,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    };

    private readonly LiteDbGroupCommit _writer;
    private readonly ILiteCollection<StoredState> _items;

    public LiteDbStorage(LiteDbGroupCommit writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _items = writer.Database.GetCollection<StoredState>(CollectionName);
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
        return _writer.EnqueueAsync(new StateChange(_items, writes, []));
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return _writer.EnqueueAsync(new StateChange(_items, [], keys));
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

    private sealed record KeyWrite(string Key, string Json, IStoreItem? Item);

    private sealed class StateChange(ILiteCollection<StoredState> items, IReadOnlyList<KeyWrite> writes, IReadOnlyList<string> deletes) : GroupWrite
    {
        private readonly List<string> _etags = new(writes.Count);

        public override string? FindConflict()
        {
            foreach (var write in writes)
            {
                var expected = write.Item?.ETag;
                if (string.IsNullOrEmpty(expected) || expected == "*")
                {
                    continue;
                }

                var stored = items.FindById(write.Key);
                if (stored is not null && stored.ETag != expected)
                {
                    return $"ETag conflict for key '{write.Key}': expected {expected}, stored {stored.ETag}.";
                }
            }

            return null;
        }

        public override void Apply()
        {
            _etags.Clear();
            foreach (var write in writes)
            {
                var etag = Guid.NewGuid().ToString("N");
                items.Upsert(new StoredState { Id = write.Key, Json = write.Json, ETag = etag, UpdatedUtc = DateTime.UtcNow });
                _etags.Add(etag);
            }

            foreach (var key in deletes)
            {
                items.Delete(key);
            }
        }

        // The caller's store items learn their new ETags, as with MemoryStorage.
        public override void Committed()
        {
            for (var i = 0; i < writes.Count; i++)
            {
                if (writes[i].Item is { } item)
                {
                    item.ETag = _etags[i];
                }
            }
        }
    }
}
