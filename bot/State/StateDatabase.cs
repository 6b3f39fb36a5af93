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

    /// <summary>The database file at <paramref name="path"/> (created with its folder), direct mode: one process.</summary>
    public static LiteDatabase Open(string path)
    {
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        return new LiteDatabase(new ConnectionString { Filename = fullPath, Connection = ConnectionType.Direct }, Mapper);
    }

    public static LiteDatabase OpenInMemory() => new(new MemoryStream(), Mapper);

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper();
        mapper.ToDocument(new StoredState());
        mapper.ToDocument(new TranscriptChunk());
        return mapper;
    }
}
