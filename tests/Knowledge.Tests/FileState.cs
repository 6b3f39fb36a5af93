namespace TrierBot.Knowledge.Tests;

/// <summary>One file of an index folder: a rewrite changes its last write time.</summary>
public sealed record FileState(string Path, long Length, DateTime LastWriteUtc);
