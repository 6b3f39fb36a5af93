using LiteDB;

namespace TrierBot.Knowledge.Tests;

/// <summary>An in-memory store holding the bundled demo data, shared by the read-only search tests.</summary>
public sealed class DemoStore : IDisposable
{
    /// <summary>The tests' "today" (the demo data is written for late 2026).</summary>
    public static readonly DateTime Today = new(2026, 11, 27, 12, 0, 0);

    private readonly LiteDatabase _database = new(new MemoryStream());

    public DemoStore()
    {
        Store = new KnowledgeStore(_database);
        Report = Store.Import([KnowledgeStore.DemoDataFolder]);
    }

    public KnowledgeStore Store { get; }
    public Import.ImportReport Report { get; }

    public IReadOnlyList<SearchHit> Search(string text, int top = 3) =>
        Store.Search(new SearchQuery { Text = text, Top = top, Now = Today });

    public void Dispose()
    {
        Store.Dispose();
        _database.Dispose();
    }
}
