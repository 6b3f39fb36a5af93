using LiteDB;

namespace TrierBot.State;

/// <summary>
/// The one writer of the state database: a thread of its own takes every write that is waiting, applies
/// them in one LiteDB transaction and only then completes them. 32 busy conversations share one commit
/// instead of paying one each, and a write still completes only once it is in the database.
/// </summary>
/// <remarks>A thread, not a task: LiteDB transactions belong to the thread that began them.</remarks>
public sealed class LiteDbGroupCommit : IDisposable
{
    private const int MaxBatch = 256;

    private readonly ILiteDatabase _database;
    // A plain queue under a monitor: the writer sleeps in Monitor.Wait. Blocking on a channel's
    // WaitToReadAsync task instead spun the CPU before every wake-up, a fifth of the host's CPU under load.
    private readonly Queue<GroupWrite> _pending = new();
    private readonly Thread _writer;
    private bool _closed;
    private bool _writerWaiting;

    public LiteDbGroupCommit(ILiteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _writer = new Thread(WriteLoop) { IsBackground = true, Name = "LiteDB group commit" };
        _writer.Start();
    }

    public ILiteDatabase Database => _database;

    /// <summary>Queues a write; the task completes once it is committed, or fails with its conflict or the commit's error.</summary>
    public Task EnqueueAsync(GroupWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (_pending)
        {
            if (_closed)
            {
                return Task.FromException(new ObjectDisposedException(nameof(LiteDbGroupCommit)));
            }

            _pending.Enqueue(write);
            // Waking a sleeping thread costs a system call; a busy writer takes the write with its next batch.
            if (_writerWaiting)
            {
                Monitor.Pulse(_pending);
            }
        }

        return write.Done.Task;
    }

    /// <summary>Completes once everything queued before it is committed (writes are applied in order).</summary>
    public Task FlushAsync() => EnqueueAsync(new Barrier());

    public void Dispose()
    {
        lock (_pending)
        {
            _closed = true;
            Monitor.Pulse(_pending);
        }

        _writer.Join(TimeSpan.FromSeconds(10));
    }

    private void WriteLoop()
    {
        var batch = new List<GroupWrite>(MaxBatch);
        while (TakeBatch(batch))
        {
            Commit(batch);
        }
    }

    // Waits for work and takes all that is waiting (up to MaxBatch); false once disposed and drained.
    private bool TakeBatch(List<GroupWrite> batch)
    {
        batch.Clear();
        lock (_pending)
        {
            while (_pending.Count == 0)
            {
                if (_closed)
                {
                    return false;
                }

                _writerWaiting = true;
                Monitor.Wait(_pending);
                _writerWaiting = false;
            }

            while (batch.Count < MaxBatch && _pending.TryDequeue(out var write))
            {
                batch.Add(write);
            }
        }

        return true;
    }

    private void Commit(List<GroupWrite> batch)
    {
        var accepted = new List<GroupWrite>(batch.Count);
        try
        {
            _database.BeginTrans();
            foreach (var write in batch)
            {
                // Inside the transaction, so an earlier write of the same batch counts as stored.
                if (write.FindConflict() is { } conflict)
                {
                    write.Done.TrySetException(new InvalidOperationException(conflict));
                    continue;
                }

                write.Apply();
                accepted.Add(write);
            }

            _database.Commit();
        }
        catch (Exception ex)
        {
            _database.Rollback();
            foreach (var write in accepted)
            {
                write.Done.TrySetException(ex);
            }

            // A write that failed while being applied is not in "accepted" yet.
            foreach (var write in batch)
            {
                write.Done.TrySetException(ex);
            }

            return;
        }

        foreach (var write in accepted)
        {
            write.Committed();
            write.Done.TrySetResult();
        }
    }

    private sealed class Barrier : GroupWrite
    {
        public override void Apply()
        {
        }
    }
}
