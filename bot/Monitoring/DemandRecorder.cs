using System.Threading.Channels;
using TrierBot.Dialogs.Monitoring;

namespace TrierBot.Monitoring;

/// <summary>
/// Takes demand records from the turns and writes them to <see cref="IDemandStore"/> in the background, in batches:
/// a turn only queues (well under 0.2 ms, see the <c>monitoring</c> benchmark) and never waits for the disk. On
/// shutdown what is queued is written before the host stops.
/// </summary>
/// <remarks>
/// The store is a LiteDB file in shared mode (the CLI exports while the bot runs): every batch opens the file,
/// commits and closes it with a checkpoint. Written for each record as it came, that cost about as much CPU as
/// the bot's own turns spent in the search (the <c>turns</c> benchmark under a profiler); the writer therefore
/// gathers for <see cref="BatchWindow"/> first.
/// </remarks>
public sealed class DemandRecorder(IDemandStore store, TimeProvider time, ILogger<DemandRecorder> logger) : BackgroundService
{
    private readonly Channel<DemandChange> _queue = Channel.CreateUnbounded<DemandChange>(new UnboundedChannelOptions { SingleReader = true });
    private long _queued;
    private long _written;

    /// <summary>How long the writer gathers records after the first before it writes them: counts are read monthly, not live.</summary>
    public TimeSpan BatchWindow { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The month stamped on records written now ("YYYY-MM", local time of the office).</summary>
    public string CurrentMonth => time.GetLocalNow().ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Counts one search that ended (the month is stamped here).</summary>
    public void Record(DemandRecord record) => Enqueue(new DemandChange(record with { Month = CurrentMonth }, 1));

    /// <summary>Moves one count from <paramref name="before"/> to <paramref name="after"/> (a hand-off after the offers of the same search).</summary>
    public void Move(DemandRecord before, DemandRecord after)
    {
        var month = CurrentMonth;
        Enqueue(new DemandChange(before with { Month = month }, -1));
        Enqueue(new DemandChange(after with { Month = month }, 1));
    }

    /// <summary>Waits until everything queued so far is written (tests, the CLI).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var target = Interlocked.Read(ref _queued);
        while (Interlocked.Read(ref _written) < target)
        {
            await Task.Delay(10, cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                // Real time, not the TimeProvider: a test's frozen clock must not hold the writes back.
                await Task.Delay(BatchWindow, stoppingToken);
                WriteQueued();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        // Stopping: what the last turns queued is still written.
        WriteQueued();
    }

    private void Enqueue(DemandChange change)
    {
        Interlocked.Increment(ref _queued);
        if (!_queue.Writer.TryWrite(change)) Interlocked.Increment(ref _written);
    }

    private void WriteQueued()
    {
        while (_queue.Reader.TryPeek(out _))
        {
            var batch = new List<DemandChange>();
            while (batch.Count < 500 && _queue.Reader.TryRead(out var change)) batch.Add(change);
            try
            {
                store.Apply(batch);
            }
            catch (Exception ex) when (ex is LiteDB.LiteException or System.Data.Common.DbException or IOException or UnauthorizedAccessException)
            {
                // A count is worth less than the conversation: log (without content, there is none) and go on.
                logger.LogError(ex, "Could not write {Count} demand counts", batch.Count);
            }
            finally
            {
                Interlocked.Add(ref _written, batch.Count);
            }
        }
    }
}
