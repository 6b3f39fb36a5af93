using Lucene.Net.Analysis;
using Lucene.Net.Store;
using TrierBot.Knowledge.Model;
using TrierBot.Knowledge.Search;
using IODirectory = System.IO.Directory;

namespace TrierBot.Knowledge.Storage;

/// <summary>
/// The search index persisted beside the store (<c>knowledge.db</c> → <c>knowledge.index/</c>), one sub-folder per
/// catalog generation, named after it (<c>g&lt;generation&gt;-&lt;stamp&gt;-&lt;format&gt;</c>) and carrying it
/// in its commit's user data. A store that opens finds its generation's index there and reads it instead of
/// rebuilding; only a new generation (an import) or a new index format builds one. An index is written into a
/// temporary folder and renamed when complete, so a crash leaves no half index under a generation's name, and
/// two processes (the bot and the import command) never write the same folder. A folder that cannot be read is
/// deleted and rebuilt from the store: the store is the record, the index only a copy of it.
/// </summary>
internal sealed class IndexFolder
{
    private const string TemporaryPrefix = "tmp-";
    /// <summary>A temporary folder this old was left by a crashed process (a build takes seconds).</summary>
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    public IndexFolder(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
    }

    public string Path { get; }

    /// <summary>The folder beside a store file: <c>data/knowledge.db</c> → <c>data/knowledge.index</c>.</summary>
    public static IndexFolder ForStore(string databasePath) =>
        new(System.IO.Path.ChangeExtension(System.IO.Path.GetFullPath(databasePath), ".index"));

    public string FolderOf(long generation, string stamp) =>
        System.IO.Path.Combine(Path, $"g{generation}-{(string.IsNullOrEmpty(stamp) ? "0" : stamp)}-{SearchIndex.Fingerprint}");

    /// <summary>The persisted index of this generation; null when there is none or it cannot be read (then it is deleted).</summary>
    public SearchIndex? TryOpen(long generation, string stamp, GermanAnalysis analysis)
    {
        var folder = FolderOf(generation, stamp);
        if (!IODirectory.Exists(folder)) return null;
        FSDirectory? directory = null;
        try
        {
            directory = FSDirectory.Open(folder);
            var index = SearchIndex.Open(directory, analysis);
            if (index.Generation == generation && index.Stamp == stamp) return index;
            index.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException
                                      or Lucene.Net.Index.CorruptIndexException or Lucene.Net.Index.IndexFormatTooOldException
                                      or Lucene.Net.Index.IndexFormatTooNewException or IndexOutOfRangeException or ArgumentException)
        {
            directory?.Dispose();
        }
        TryDelete(folder);
        return null;
    }

    /// <summary>
    /// Writes the generation's index (into a temporary folder, then renamed to its name). When another process
    /// finished the same generation first, theirs stays. IO errors pass to the caller, which keeps searching in RAM.
    /// </summary>
    public void Write(long generation, string stamp, IEnumerable<KnowledgeRecord> records, Analyzer indexAnalyzer)
    {
        IODirectory.CreateDirectory(Path);
        var temporary = System.IO.Path.Combine(Path, TemporaryPrefix + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            using (var directory = FSDirectory.Open(temporary)) SearchIndex.Write(directory, generation, stamp, records, indexAnalyzer);
            var folder = FolderOf(generation, stamp);
            if (IODirectory.Exists(folder)) TryDelete(folder); // a broken one: TryOpen found it unreadable
            IODirectory.Move(temporary, folder);
        }
        catch (IOException) when (IODirectory.Exists(FolderOf(generation, stamp)))
        {
            // Another process renamed its index of this generation into place first.
        }
        finally
        {
            if (IODirectory.Exists(temporary)) TryDelete(temporary);
        }
    }

    /// <summary>
    /// Deletes the indexes of older generations and abandoned temporary folders (best effort: one still open elsewhere
    /// stays until next time). A newer generation's index stays: an import writes it before it commits the catalog.
    /// </summary>
    public void RemoveAllBut(long generation, string stamp)
    {
        if (!IODirectory.Exists(Path)) return;
        var keep = FolderOf(generation, stamp);
        foreach (var folder in IODirectory.EnumerateDirectories(Path))
        {
            var name = System.IO.Path.GetFileName(folder);
            if (string.Equals(folder, keep, StringComparison.Ordinal)) continue;
            if (name.StartsWith(TemporaryPrefix, StringComparison.Ordinal) && DateTime.UtcNow - IODirectory.GetLastWriteTimeUtc(folder) < AbandonedAfter) continue;
            if (name.StartsWith(TemporaryPrefix, StringComparison.Ordinal) || GenerationOf(name) is { } older && older <= generation) TryDelete(folder);
        }
    }

    private static long? GenerationOf(string name)
    {
        if (!name.StartsWith('g')) return null;
        var end = name.IndexOf('-', StringComparison.Ordinal);
        return end > 1 && long.TryParse(name.AsSpan(1, end - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var generation) ? generation : null;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            IODirectory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Still open (Windows) or already gone: the next clean-up tries again.
        }
    }
}
