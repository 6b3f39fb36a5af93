using System.Globalization;
using LiteDB;

namespace TrierBot.State;

/// <summary>Opens the state database (bot state and transcripts) with a mapper of its own.</summary>
public static class StateDatabase
{
    /// <summary>
    /// LiteDB's global mapper registers a type on first use, and not thread-safely: two stores opened at once
    /// (parallel test hosts) failed with "Member … not found". This one registers every type up front.
    /// </summary>
    public static BsonMapper Mapper { get; } = CreateMapper();

    /// <summary>
    /// The database file at <paramref name="path"/> (created with its folder), direct mode: one process. Keys
    /// compare ordinally, as the SDK's storages do: LiteDB's default collation ignores case, so two conversation
    /// ids differing only in case would share one state, and every key comparison went through ICU.
    /// </summary>
    public static LiteDatabase Open(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(folder);
        // LiteDB refuses to open a file whose collation differs from the one asked for: only a new file gets it.
        var connection = new ConnectionString { Filename = fullPath, Connection = ConnectionType.Direct };
        if (!File.Exists(fullPath))
        {
            connection.Collation = Collation.Binary;
        }

        var database = new LiteDatabase(connection, Mapper);
        if (database.Collation.SortOptions != CompareOptions.Ordinal)
        {
            // A file from before: rebuilt once with ordinal keys. LiteDB keeps the old file as a backup;
            // it holds the same conversations, so it goes too (retention and erasure only know this file).
            var before = Directory.GetFiles(folder).ToHashSet();
            database.Rebuild(new LiteDB.Engine.RebuildOptions { Collation = Collation.Binary });
            foreach (var backup in Directory.GetFiles(folder).Where(f => !before.Contains(f) && Path.GetFileName(f).Contains("-backup", StringComparison.Ordinal)))
            {
                File.Delete(backup);
            }
        }

        return database;
    }

    public static LiteDatabase OpenInMemory() =>
        new(new LiteDB.Engine.LiteEngine(new LiteDB.Engine.EngineSettings { DataStream = new MemoryStream(), Collation = Collation.Binary }), Mapper);

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper();
        mapper.ToDocument(new StoredState());
        mapper.ToDocument(new TranscriptChunk());
        return mapper;
    }
}
