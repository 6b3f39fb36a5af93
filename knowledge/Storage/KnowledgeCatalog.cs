namespace TrierBot.Knowledge.Storage;

/// <summary>
/// The one document that says which collection holds each source's live records. An import writes new
/// collections and then replaces this document in a single write: that write is the commit point, so a reader
/// sees either all of the old knowledge or all of the new. <see cref="Generation"/> tells running stores
/// (other processes included) that they must rebuild their search index.
/// </summary>
public sealed class KnowledgeCatalog
{
    public const string DocumentId = "catalog";

    public string Id { get; set; } = DocumentId;
    public long Generation { get; set; }
    /// <summary>
    /// A random mark of the import that made this generation: a store file replaced by another one with the same
    /// generation number is not mistaken for it by the persisted search index. Empty in stores from before it.
    /// </summary>
    public string Stamp { get; set; } = "";
    public DateTime ImportedAt { get; set; }
    /// <summary>source → collection with its live records.</summary>
    public Dictionary<string, string> Sources { get; set; } = [];
    /// <summary>The collections of the generation before: kept so a reader that is still loading them is not cut off.</summary>
    public Dictionary<string, string> Previous { get; set; } = [];
}
