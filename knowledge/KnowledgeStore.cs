using LiteDB;
using TrierBot.Knowledge.Import;
using TrierBot.Knowledge.Model;
using TrierBot.Knowledge.Search;
using TrierBot.Knowledge.Storage;

namespace TrierBot.Knowledge;

/// <summary>
/// The bot's knowledge: LiteDB is the store of record, a German Lucene index in RAM answers searches.
/// Thread-safe: searches read an immutable index snapshot; an import (here, or in another process on the
/// same file) produces a new catalog generation, which the store notices within
/// <see cref="KnowledgeOptions.RefreshInterval"/> and answers by swapping in a freshly built index.
/// </summary>
public sealed partial class KnowledgeStore : IKnowledgeSearch, IDisposable
{
    private readonly KnowledgeDatabase _database;
    private readonly bool _ownsDatabase;
    private readonly KnowledgeOptions _options;
    private readonly GermanAnalysis _analysis;
    private readonly Lock _refreshLock = new();
    private volatile SearchIndex _index;
    private long _lastCheckTicks;
    private bool _disposed;

    /// <summary>Opens (or creates) a store file in shared mode, so an import CLI may write it while the bot runs.</summary>
    public KnowledgeStore(string databasePath, KnowledgeOptions? options = null)
        : this(OpenShared(databasePath), ownsDatabase: true, options)
    {
    }

    /// <summary>Uses an open database, e.g. <c>new LiteDatabase(new MemoryStream())</c> in tests; the caller disposes it.</summary>
    public KnowledgeStore(LiteDatabase database, KnowledgeOptions? options = null)
        : this(database, ownsDatabase: false, options)
    {
    }

    private KnowledgeStore(LiteDatabase database, bool ownsDatabase, KnowledgeOptions? options)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = new KnowledgeDatabase(database);
        _ownsDatabase = ownsDatabase;
        _options = options ?? new KnowledgeOptions();
        _analysis = GermanAnalysis.Create(_options.ResolvedSynonymsPath, _options.ResolvedLexiconFolder);
        _index = BuildIndex();
        _lastCheckTicks = Environment.TickCount64;
    }

    /// <summary>Where the bundled demo data (and the default synonym file) lie at run time: beside the program.</summary>
    public static string DemoDataFolder => Path.Combine(AppContext.BaseDirectory, "knowledge-demo");

    /// <summary>Number of records of all sources in the live generation (ended offers and indicators included).</summary>
    public int Count => CurrentIndex().Records.Count;

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
        return CurrentIndex().ByKey.GetValueOrDefault(key);
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _index.Dispose();
        _analysis.Dispose();
        if (_ownsDatabase) _database.Database.Dispose();
    }

    internal ImportReport Import(IEnumerable<string> paths, TextWriter? progress, Action<int>? afterBatchStored, int batchSize = 5000)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var importer = new KnowledgeImporter(_database, progress) { AfterBatchStored = afterBatchStored, BatchSize = batchSize };
        var report = importer.Run(paths);
        Refresh(force: true);
        return report;
    }

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
            if (_database.ReadCatalog().Generation == _index.Generation) return;
            // The old index is left to the garbage collector: searches that already hold it may still be running.
            _index = BuildIndex();
        }
        finally
        {
            _refreshLock.Exit();
        }
    }

    private SearchIndex BuildIndex()
    {
        // Another process may switch the catalog while we read: read again until the generation holds still.
        for (var attempt = 0; ; attempt++)
        {
            var catalog = _database.ReadCatalog();
            var records = new List<KnowledgeRecord>();
            try
            {
                foreach (var collection in catalog.Sources.Values) records.AddRange(_database.ReadAll(collection));
            }
            catch (LiteException) when (attempt < 3)
            {
                continue;
            }
            if (_database.ReadCatalog().Generation == catalog.Generation || attempt >= 3)
                return new SearchIndex(catalog.Generation, records, _analysis);
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
