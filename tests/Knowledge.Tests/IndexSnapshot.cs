namespace TrierBot.Knowledge.Tests;

/// <summary>What a store's persisted index folder holds: its generation folders and their files.</summary>
public sealed record IndexSnapshot(List<string> Folders, List<FileState> Files)
{
    public bool Equals(IndexSnapshot? other) =>
        other is not null && Folders.SequenceEqual(other.Folders) && Files.SequenceEqual(other.Files);

    public override int GetHashCode() => Folders.Count;
}
