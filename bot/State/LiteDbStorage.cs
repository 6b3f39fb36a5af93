using System.Threading.Channels;
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
/// Writes are group-committed: one writer thread takes every write that is waiting, applies them in
/// one LiteDB transaction and only then completes them. A turn still returns only after its state is
/// on disk (a <c>kill -9</c> loses nothing that was answered), but 32 busy conversations share one
/// disk flush instead of paying one each.
/// </remarks>
public sealed class LiteDbStorage : IStorage, IDisposable
{
    private const string CollectionName = "botstate";
    private const int MaxBatch = 256;

    // Type names let dialog stacks come back as the objects they were (as with the SDK's MemoryStorage);
    // "Auto" writes them only where a declared type does not tell, which halves the JSON of a conversation
    // with a transcript. The store is ours, never fed from outside.
    private static readonly JsonSerializerSettings SerializerSettings = new()
    {
        TypeNameHandling = TypeNameHandling.Auto,
        MaxDepth = null,
        NullValueHandling = NullValueHandling.Include,
        DateParseHandling = DateParseHandling.DateTimeOffset,
    };

    private readonly ILiteDatabase _database;
    private readonly ILiteCollection<StoredState> _items;
    private readonly Channel<PendingChange> _pending = Channel.CreateUnbounded<PendingChange>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Thread _writer;

    public LiteDbStorage(ILiteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _items = database.GetCollection<StoredState>(CollectionName);
        // A thread of its own: LiteDB transactions belong to the thread that began them.
        _writer = new Thread(WriteLoop) { IsBackground = true, Name = "LiteDbStorage writer" };
        _writer.Start();
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
        return EnqueueAsync(new PendingChange(writes, []));
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return EnqueueAsync(new PendingChange([], keys));
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

    public void Dispose()
    {
        _pending.Writer.TryComplete();
        _writer.Join(TimeSpan.FromSeconds(10));
    }

    private Task EnqueueAsync(PendingChange change)
    {
        if (!_pending.Writer.TryWrite(change))
        {
            return Task.FromException(new ObjectDisposedException(nameof(LiteDbStorage)));
        }

        return change.Done.Task;
    }

    private void WriteLoop()
    {
        var batch = new List<PendingChange>(MaxBatch);
        while (_pending.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _pending.Reader.TryRead(out var change))
            {
                batch.Add(change);
            }

            Commit(batch);
        }
    }

    private void Commit(List<PendingChange> batch)
    {
        var accepted = new List<(PendingChange Change, List<string> ETags)>(batch.Count);
        try
        {
            _database.BeginTrans();
            foreach (var change in batch)
            {
                if (FindConflict(change) is { } conflict)
                {
                    change.Done.TrySetException(new InvalidOperationException(conflict));
                    continue;
                }

                accepted.Add((change, Apply(change)));
            }

            _database.Commit();
        }
        catch (Exception ex)
        {
            _database.Rollback();
            foreach (var (change, _) in accepted)
            {
                change.Done.TrySetException(ex);
            }

            return;
        }

        foreach (var (change, etags) in accepted)
        {
            // The caller's store items learn their new ETags, as with MemoryStorage.
            for (var i = 0; i < change.Writes.Count; i++)
            {
                if (change.Writes[i].Item is { } item)
                {
                    item.ETag = etags[i];
                }
            }

            change.Done.TrySetResult();
        }
    }

    // Inside the transaction, so an earlier change of the same batch counts as stored.
    private string? FindConflict(PendingChange change)
    {
        foreach (var write in change.Writes)
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

    private List<string> Apply(PendingChange change)
    {
        var etags = new List<string>(change.Writes.Count);
        foreach (var write in change.Writes)
        {
            var etag = Guid.NewGuid().ToString("N");
            _items.Upsert(new StoredState { Id = write.Key, Json = write.Json, ETag = etag, UpdatedUtc = DateTime.UtcNow });
            etags.Add(etag);
        }

        foreach (var key in change.Deletes)
        {
            _items.Delete(key);
        }

        return etags;
    }

    private sealed record KeyWrite(string Key, string Json, IStoreItem? Item);

    private sealed record PendingChange(IReadOnlyList<KeyWrite> Writes, IReadOnlyList<string> Deletes)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
