using System.Diagnostics;
using TrierBot.Knowledge.Model;
using TrierBot.Knowledge.Storage;

namespace TrierBot.Knowledge.Import;

/// <summary>
/// One import run (knowledge-import.md): reads files or folders, skips and reports bad records, writes each
/// source into a fresh collection and only then switches the catalog, so readers keep the old knowledge until
/// the new one is complete and a crash leaves the old knowledge in place.
/// </summary>
internal sealed class KnowledgeImporter(KnowledgeDatabase database, TextWriter? progress)
{
    private static readonly string[] Extensions = [".json", ".jsonl", ".csv"];
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    /// <summary>Called after each stored batch with the number of records stored so far; tests throw from it to simulate a crash.</summary>
    internal Action<int>? AfterBatchStored { get; init; }

    internal int BatchSize { get; init; } = 5000;

    /// <summary>The stores of the batches so far, one after the other (<see cref="Flush"/>).</summary>
    private Task _writing = Task.CompletedTask;
    private int _stored;

    /// <summary>
    /// Called with the next catalog and the records this run imported per source, while their last batches are being
    /// stored and before the catalog switches to them: the search index of the new generation is built here, from
    /// the records in hand.
    /// </summary>
    internal Action<KnowledgeCatalog, IReadOnlyDictionary<string, List<KnowledgeRecord>>>? BeforeCommit { get; init; }

    public ImportReport Run(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        try
        {
            return RunStoring(paths);
        }
        catch
        {
            // No write may outlive a failed run (its caller may close the database next).
            try { _writing.Wait(); }
            catch (AggregateException) { /* the failure being thrown, or one after it */ }
            throw;
        }
    }

    private ImportReport RunStoring(IEnumerable<string> paths)
    {
        var problems = new List<ImportProblem>();
        var filesBySource = CollectFiles(paths, problems);
        var catalog = database.ReadCatalog();
        var generation = catalog.Generation + 1;
        var written = new Dictionary<string, string>();
        var importedRecords = new Dictionary<string, List<KnowledgeRecord>>();
        var summaries = new List<ImportSourceSummary>();
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;

        foreach (var (source, files) in filesBySource)
        {
            var collection = KnowledgeDatabase.NewCollectionName(source, generation);
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            var batch = new List<KnowledgeRecord>(BatchSize);
            var kept = BeforeCommit is null ? null : new List<KnowledgeRecord>();
            int read = 0, imported = 0, rejected = 0;
            var unreadable = false;
            foreach (var file in files)
            {
                foreach (var (raw, problem) in ReadFile(file, problems, () => unreadable = true))
                {
                    read++;
                    if (TryMap(source, raw, problem, seen, problems) is not { } record)
                    {
                        rejected++;
                        continue;
                    }
                    batch.Add(record);
                    kept?.Add(record);
                    imported++;
                    if (batch.Count < BatchSize) continue;
                    Flush(collection, batch);
                    batch = new List<KnowledgeRecord>(BatchSize);
                    if (clock.Elapsed - lastReport >= ProgressInterval)
                    {
                        lastReport = clock.Elapsed;
                        progress?.WriteLine($"  … {source}: {imported:N0} Datensätze übernommen ({Volatile.Read(ref _stored) / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0}/s gespeichert)");
                    }
                }
            }
            Flush(collection, batch);
            var replaces = !unreadable && imported > 0;
            if (replaces) written[source] = collection;
            if (replaces && kept is not null) importedRecords[source] = kept;
            summaries.Add(new ImportSourceSummary(source, files.Select(Path.GetFileName).ToList()!, read, replaces ? imported : 0, rejected, replaces));
        }

        if (written.Count > 0)
        {
            // The commit point: every source of this run switches in this one write.
            var next = new KnowledgeCatalog
            {
                Generation = generation,
                Stamp = Guid.NewGuid().ToString("N")[..12],
                ImportedAt = DateTime.Now,
                Sources = new Dictionary<string, string>(catalog.Sources),
                Previous = new Dictionary<string, string>(catalog.Sources),
            };
            foreach (var (source, collection) in written) next.Sources[source] = collection;
            // The index is built while the last batches are still being stored; both must be done before the commit.
            BeforeCommit?.Invoke(next, importedRecords);
            _writing.GetAwaiter().GetResult();
            database.WriteCatalog(next);
            catalog = next;
        }
        _writing.GetAwaiter().GetResult();
        database.DropUnreferenced(catalog);
        return new ImportReport(summaries, problems);
    }

    /// <summary>
    /// The file's records; a file that cannot be read (to its end) is reported once and marks its source as
    /// unreadable, so that source keeps its old records. Only reading is guarded: a failure while storing
    /// is a crash of the whole run and must leave the catalog untouched.
    /// </summary>
    private static IEnumerable<(RawRecord? Record, ImportProblem? Problem)> ReadFile(string file, List<ImportProblem> problems, Action markUnreadable)
    {
        using var records = RecordFileReader.Read(file).GetEnumerator();
        while (true)
        {
            try
            {
                if (!records.MoveNext()) yield break;
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                problems.Add(new ImportProblem(file, null, null, null, $"Datei nicht lesbar: {e.Message}"));
                markUnreadable();
                yield break;
            }
            yield return records.Current;
        }
    }

    /// <summary>
    /// Stores a batch behind the ones before it, on another thread: reading, checking and indexing the next records
    /// go on meanwhile. A failed write fails every later one and the run (at the next batch or before the commit).
    /// </summary>
    private void Flush(string collection, List<KnowledgeRecord> batch)
    {
        if (_writing.IsFaulted) _writing.GetAwaiter().GetResult();
        if (batch.Count == 0) return;
        _writing = _writing.ContinueWith(previous =>
        {
            previous.GetAwaiter().GetResult();
            database.Insert(collection, batch);
            var stored = Interlocked.Add(ref _stored, batch.Count);
            AfterBatchStored?.Invoke(stored);
        }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private static KnowledgeRecord? TryMap(string source, RawRecord? raw, ImportProblem? problem, Dictionary<string, string> seen, List<ImportProblem> problems)
    {
        if (raw is null)
        {
            problems.Add(problem!);
            return null;
        }
        KnowledgeRecord record;
        try
        {
            record = RecordMapper.Map(source, raw);
        }
        catch (RecordRejectedException e)
        {
            problems.Add(raw.Problem(e.Field, e.Message));
            return null;
        }
        var here = raw.Problem(null, "").Location;
        if (seen.TryGetValue(record.Id, out var first))
        {
            problems.Add(raw.Problem("id", $"doppelte id „{record.Id}“ (schon in {first})"));
            return null;
        }
        seen[record.Id] = $"{Path.GetFileName(raw.File)}, {here}";
        return record;
    }

    /// <summary>Files grouped by source; the source is the file name up to the first '.', '-' or '_' (mint.json, mint-ferien.jsonl).</summary>
    private static SortedDictionary<string, List<string>> CollectFiles(IEnumerable<string> paths, List<ImportProblem> problems)
    {
        var bySource = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            IEnumerable<string> files;
            if (Directory.Exists(path))
                files = Directory.EnumerateFiles(path).Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal);
            else if (File.Exists(path))
                files = [path];
            else
            {
                problems.Add(new ImportProblem(path, null, null, null, "Datei oder Ordner nicht gefunden"));
                continue;
            }
            foreach (var file in files)
            {
                var name = Path.GetFileName(file);
                var source = name.Split('.', '-', '_')[0].ToLowerInvariant();
                if (!KnowledgeSources.All.Contains(source))
                {
                    problems.Add(new ImportProblem(file, null, null, null,
                        $"unbekannte Quelle „{source}“: der Dateiname muss mit {string.Join(", ", KnowledgeSources.All)} beginnen"));
                    continue;
                }
                if (!Extensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
                {
                    problems.Add(new ImportProblem(file, null, null, null, "unbekanntes Dateiformat (erlaubt: .json, .jsonl, .csv)"));
                    continue;
                }
                if (!bySource.TryGetValue(source, out var list)) bySource[source] = list = [];
                list.Add(file);
            }
        }
        return bySource;
    }
}
