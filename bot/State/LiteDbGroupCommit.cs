using LiteDB;

namespace TrierBot.State;

/// <summary>
/// The one writer of the state database, as a group commit: whoever finds no commit running commits what is
/// waiting in one LiteDB transaction on its own thread; writes that arrive meanwhile wait for the next batch,
/// which the writer thread commits, and so on until none are waiting. A write completes only once it is in
/// the database. A lone turn commits its state without a thread hand-off; 32 busy conversations share
/// commits instead of paying one each.
/// </summary>
/// <remarks>A batch is applied synchronously from BeginTrans to Commit: LiteDB transactions belong to a thread.</remarks>
public sealed class LiteDbGroupCommit : IDisposable
{
    private const int MaxBatch = 256;

    private readonly ILiteDatabase _database;
    private readonly Queue<GroupWrite> _pending = new();
    // A thread of its own for the follow-up batches: pool threads are all busy with turns exactly when
    // batches follow each other, and a commit queued behind them held every waiting turn up.
    private readonly Thread _writer;
    private bool _leading;
    private bool _writerSignalled;
    private bool _closed;

    public LiteDbGroupCommit(ILiteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _writer = new Thread(WriteLoop) { IsBackground = true, Name = "LiteDB group commit" };
        _writer.Start();
    }

    public ILiteDatabase Database => _database;

    /// <summary>Queues a write; the task completes once it is committed, or fails with its conflict or the commit's error.</summary>
    /// <param name="write">The write.</param>
    /// <param name="commitOnCaller">False for writes nobody waits for: the writer thread commits them, not the caller.</param>
    public Task EnqueueAsync(GroupWrite write, bool commitOnCaller = true)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (_pending)
        {
            if (_closed)
            {
                return Task.FromException(new ObjectDisposedException(nameof(LiteDbGroupCommit)));
            }

            _pending.Enqueue(write);
            if (_leading)
            {
                return write.Done.Task;
            }

            _leading = true;
        }

        // After one batch on the caller's thread, the writer thread goes on with whatever arrived meanwhile.
        if (commitOnCaller)
        {
            CommitOneBatch();
        }

        if (!commitOnCaller || !StopLeadingIfIdle())
        {
            lock (_pending)
            {
                _writerSignalled = true;
                Monitor.PulseAll(_pending);
            }
        }

        return write.Done.Task;
    }

    /// <summary>Completes once everything queued before it is committed (writes are applied in order).</summary>
    public Task FlushAsync() => EnqueueAsync(new Barrier());

    /// <summary>Refuses new writes and waits (up to ten seconds) for the running commits.</summary>
    public void Dispose()
    {
        lock (_pending)
        {
            _closed = true;
            Monitor.PulseAll(_pending);
        }

        _writer.Join(TimeSpan.FromSeconds(10));
    }

    private void WriteLoop()
    {
        while (true)
        {
            lock (_pending)
            {
                while (!_writerSignalled)
                {
                    if (_closed && !_leading)
                    {
                        return;
                    }

                    Monitor.Wait(_pending);
                }

                _writerSignalled = false;
            }

            do
            {
                CommitOneBatch();
            }
            while (!StopLeadingIfIdle());
        }
    }

    // After a batch: true (and no longer leading) when nothing waits.
    private bool StopLeadingIfIdle()
    {
        lock (_pending)
        {
            if (_pending.Count == 0)
            {
                _leading = false;
                Monitor.PulseAll(_pending);
                return true;
            }

            return false;
        }
    }

    private void CommitOneBatch()
    {
        var batch = new List<GroupWrite>();
        lock (_pending)
        {
            while (batch.Count < MaxBatch && _pending.TryDequeue(out var write))
            {
                batch.Add(write);
            }
        }

        try
        {
            Commit(batch);
        }
        catch (Exception ex)
        {
            // Commit reports its own failures; this is the rollback itself failing. The writes must still end.
            foreach (var write in batch)
            {
                write.Done.TrySetException(ex);
            }
        }
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
