using LiteDB;
using TrierBot.Knowledge.Import;

namespace TrierBot.Knowledge.Tests;

/// <summary>An empty in-memory store plus a scratch folder for the files a test imports.</summary>
public sealed class MemoryStore : IDisposable
{
    public MemoryStore(KnowledgeOptions? options = null)
    {
        Database = new LiteDatabase(new MemoryStream());
        Store = new KnowledgeStore(Database, options);
    }

    public LiteDatabase Database { get; }
    public KnowledgeStore Store { get; }
    public TempFolder Files { get; } = new();

    public ImportReport Import(string name, string content, bool bom = false) =>
        Store.Import([Files.Write(name, content, bom)]);

    public IReadOnlyList<SearchHit> Search(SearchQuery query) => Store.Search(query with { Now = query.Now ?? DemoStore.Today });

    public void Dispose()
    {
        Store.Dispose();
        Database.Dispose();
        Files.Dispose();
    }
}
