using LiteDB;

namespace TrierBot.Channels;

/// <summary>
/// The one LiteDB file of the messenger adapters (dedupe window, button ids, numbered choices). Singleton:
/// LiteDB wants a single <see cref="LiteDatabase"/> per file and process.
/// </summary>
public sealed class ChannelDatabase : IDisposable
{
    public ChannelDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        Database = new LiteDatabase($"Filename={path};Connection=direct");
    }

    /// <summary>For tests and benchmarks: an existing database, e.g. <c>new LiteDatabase(new MemoryStream())</c>.</summary>
    public ChannelDatabase(LiteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        Database = database;
    }

    public LiteDatabase Database { get; }

    public void Dispose() => Database.Dispose();
}
