using LiteDB;
using TrierBot.Knowledge.Import;
using TrierBot.Knowledge.Model;
using TrierBot.Knowledge.Search;
using TrierBot.Knowledge.Storage;

namespace TrierBot.Knowledge;

/// <summary>
/// The bot's knowledge: LiteDB is the store of record, a German Lucene index answers searches — persisted beside
/// a store file (<see cref="IndexFolder"/>), so a restart opens it instead of rebuilding, in RAM for a store
/// without a file. Thread-safe: searches read an immutable index snapshot; an import (here, or in another process
/// on the same file) writes the index of its new catalog generation before it commits, and a running store
/// notices the new generation within <see cref="KnowledgeOptions.RefreshInterval"/> and swaps that index in.
/// </summary>
public sealed partial class KnowledgeStore : IKnowledgeSearch, IDisposable
{
    private readonly KnowledgeDatabase _database;
    private readonly bool _ownsDatabase;
    private readonly KnowledgeOptions _options;
    private readonly GermanAnalysis _analysis;
    private readonly IndexFolder? _indexFolder;
    private readonly Lock _refreshLock = new();
    private readonly Lock _importLock = new();
    private volatile SearchIndex _index;
    /// <summary>The RAM index an import of this store built for its new generation (a store without a file).</summary>
    private SearchIndex? _prepared;
    private long _lastCheckTicks;
    private bool _disposed;

    /// <summary>Opens (or creates) a store file in shared mode, so an import CLI may write it while the bot runs.</summary>
    public KnowledgeStore(string databasePath, KnowledgeOptions? options = null)
        : this(OpenShared(databasePath), ownsDatabase: true, options, IndexFolder.ForStore(databasePath))
    {
    }

    /// <summary>Uses an open database, e.g. <c>new LiteDatabase(new MemoryStream())</c> in tests; the caller disposes it.</summary>
    public KnowledgeStore(LiteDatabase database, KnowledgeOptions? options = null)
        : this(database, ownsDatabase: false, options, indexFolder: null)
    {
    }

    private KnowledgeStore(LiteDatabase database, bool ownsDatabase, KnowledgeOptions? options, IndexFolder? indexFolder)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = new KnowledgeDatabase(database);
        _ownsDatabase = ownsDatabase;
        _indexFolder = indexFolder;
        _options = options ?? new KnowledgeOptions();
        _analysis = GermanAnalysis.Create(_options.ResolvedSynonymsPath, _options.ResolvedLexiconFolder);
        _index = BuildIndex();
        _lastCheckTicks = Environment.TickCount64;
    }

    /// <summary>Where the bundled demo data (and the default synonym file) lie at run time: beside the program.</summary>
    public static string DemoDataFolder => Path.Combine(AppContext.BaseDirectory, "knowledge-demo");

    /// <summary>Number of records of all sources in the live generation (ended offers and indicators included).</summary>
    public int Count => CurrentIndex().Count;

    /// <summary>All records of the live generation (the evaluation builds its baseline index from them).</summary>
    internal IReadOnlyList<KnowledgeRecord> Records => CurrentIndex().Records;

    internal KnowledgeOptions Options => _options;

    /// <summary>The live search index (the benchmark compares a raw Lucene query on it).</summary>
    internal SearchIndex Index => CurrentIndex();

    /// <summary>Imports files or folders (knowledge-import.md); the store searches the new knowledge right after.</summary>
    public ImportReport Import(IEnumerable<string> paths, TextWriter? progress = null) =>
        Import(paths, progress, afterBatchStored: null);

    /// <summary>Imports the bundled demo data when the store holds nothing yet (first start of the bot).</summary>
    public void EnsureDemoData()
    {
        if (_database.ReadCatalog().Sources.Count > 0) return;
        Import([DemoDataFolder]);
    }

    public KnowledgeRecord? Find(string key)
    {
        if (string.IsNullOrEmpty(key)) return null;
        return CurrentIndex().Find(key);
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _index.Dispose();
        Interlocked.Exchange(ref _prepared, null)?.Dispose();
        _analysis.Dispose();
        if (_ownsDatabase) _database.Database.Dispose();
    }

    internal ImportReport Import(IEnumerable<string> paths, TextWriter? progress, Action<int>? afterBatchStored, int batchSize = 5000)
    {
        ArgumentNullException.ThrowIfNull(paths);
        lock (_importLock)
        {
            var importer = new KnowledgeImporter(_database, progress)
            {
                AfterBatchStored = afterBatchStored,
                BatchSize = batchSize,
                BeforeCommit = PrepareIndex,
            };
            var report = importer.Run(paths);
            Refresh(force: true);
            return report;
        }
    }

    /// <summary>
    /// The index of an import's new generation, built from the records the import just read (the other sources'
    /// from the store) before the catalog commits: the new knowledge is searchable the moment it is live.
    /// A failure here costs no import: the store then builds the index after the commit.
    /// </summary>
    private void PrepareIndex(KnowledgeCatalog next, IReadOnlyDictionary<string, List<KnowledgeRecord>> imported)
    {
        var records = RecordsOf(_database, next, imported);
        if (_indexFolder is null)
        {
            _prepared = SearchIndex.InMemory(next.Generation, next.Stamp, records, _analysis);
            return;
        }
        TryWriteIndex(_indexFolder, next, records, _analysis);
    }

    /// <summary>The import command's hook: writes the new generation's index beside the store file before the commit.</summary>
    internal static Action<KnowledgeCatalog, IReadOnlyDictionary<string, List<KnowledgeRecord>>> PersistIndexBeforeCommit(
        KnowledgeDatabase database, IndexFolder folder, GermanAnalysis analysis) =>
        (next, imported) => TryWriteIndex(folder, next, RecordsOf(database, next, imported), analysis);

    private static bool TryWriteIndex(IndexFolder folder, KnowledgeCatalog catalog, IEnumerable<KnowledgeRecord> records, GermanAnalysis analysis)
    {
        try
        {
            folder.Write(catalog.Generation, catalog.Stamp, records, analysis.Index);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // e.g. a read-only folder: searches then run on an index in RAM
        }
    }

    private static IEnumerable<KnowledgeRecord> RecordsOf(KnowledgeDatabase database, KnowledgeCatalog catalog, IReadOnlyDictionary<string, List<KnowledgeRecord>> imported) =>
        catalog.Sources.SelectMany(source => imported.TryGetValue(source.Key, out var records) ? records : database.ReadAll(source.Value));

    /// <inheritdoc cref="IKnowledgeSearch.DataVersion"/>
    /// <remarks>The live index: a new generation (or a rebuild) is a new index object.</remarks>
    public object DataVersion => CurrentIndex();

    /// <summary>The index of the live generation; at most every RefreshInterval it checks for a newer one.</summary>
    private SearchIndex CurrentIndex()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var now = Environment.TickCount64;
        if (now - Interlocked.Read(ref _lastCheckTicks) >= _options.RefreshInterval.TotalMilliseconds) Refresh(force: false);
        return _index;
    }

    private void Refresh(bool force)
    {
        // One thread rebuilds; the others keep searching the current index instead of queueing behind it.
        if (!force && !_refreshLock.TryEnter()) return;
        if (force) _refreshLock.Enter();
        try
        {
            Interlocked.Exchange(ref _lastCheckTicks, Environment.TickCount64);
            var catalog = _database.ReadCatalog();
            if (catalog.Generation == _index.Generation && catalog.Stamp == _index.Stamp) return;
            // The old index is left to the garbage collector: searches that already hold it may still be running.
            _index = BuildIndex();
        }
        finally
        {
            _refreshLock.Exit();
        }
    }

    /// <summary>
    /// The index of the live generation: the prepared one of this store's import, else the persisted one, else built
    /// from the store's records (and persisted). A persisted index that cannot be read is rebuilt, never a crash.
    /// </summary>
    private SearchIndex BuildIndex()
    {
        // Another process may switch the catalog while we read: read again until the generation holds still.
        for (var attempt = 0; ; attempt++)
        {
            var catalog = _database.ReadCatalog();
            if (Interlocked.Exchange(ref _prepared, null) is { } prepared)
            {
                if (prepared.Generation == catalog.Generation && prepared.Stamp == catalog.Stamp) return prepared;
                prepared.Dispose();
            }
            if (_indexFolder?.TryOpen(catalog.Generation, catalog.Stamp, _analysis) is { } persisted)
            {
                _indexFolder.RemoveAllBut(catalog.Generation, catalog.Stamp);
                return persisted;
            }
            var records = new List<KnowledgeRecord>();
            try
            {
                foreach (var collection in catalog.Sources.Values) records.AddRange(_database.ReadAll(collection));
            }
            catch (LiteException) when (attempt < 3)
            {
                continue;
            }
            var latest = _database.ReadCatalog();
            if ((latest.Generation != catalog.Generation || latest.Stamp != catalog.Stamp) && attempt < 3) continue;
            if (_indexFolder is not null && TryWriteIndex(_indexFolder, catalog, records, _analysis)
                && _indexFolder.TryOpen(catalog.Generation, catalog.Stamp, _analysis) is { } written)
            {
                _indexFolder.RemoveAllBut(catalog.Generation, catalog.Stamp);
                return written;
            }
            return SearchIndex.InMemory(catalog.Generation, catalog.Stamp, records, _analysis);
        }
    }

    internal static LiteDatabase OpenShared(string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        // Shared mode locks the file across processes; direct mode corrupted pages when the import CLI wrote concurrently.
        return new LiteDatabase(new ConnectionString { Filename = databasePath, Connection = ConnectionType.Shared });
    }
}
