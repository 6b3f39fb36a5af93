using LiteDB;

namespace TrierBot.Knowledge.Tests;

/// <summary>knowledge-import.md, Rules: all-or-nothing per run, crash safety, idempotence, a file replaces its source.</summary>
public sealed class AtomicReplaceTests
{
    [Fact]
    public void Import_CrashAfterHalfTheRecords_LeavesTheOldKnowledge()
    {
        using var store = new MemoryStore();
        store.Import("mint.json", Offers.Json(Offers.Valid("alt-1", "Robotik-AG"), Offers.Valid("alt-2", "Sternwarte")));
        var newFile = store.Files.Write("mint.jsonl", Offers.JsonLines(Enumerable.Range(1, 10).Select(i => Offers.Valid($"neu-{i}", "Neues Angebot")).ToArray()));

        // batches of 2: the "crash" strikes once 6 of the 10 new records are already written
        Assert.Throws<IOException>(() => store.Store.Import([newFile], null,
            afterBatchStored: stored => { if (stored >= 6) throw new IOException("simulated crash"); }, batchSize: 2));

        Assert.NotNull(store.Store.Find("mint:alt-1"));
        Assert.Null(store.Store.Find("mint:neu-1"));
        using var reopened = new KnowledgeStore(store.Database);
        Assert.Equal(2, reopened.Count);
        Assert.Equal("mint:alt-1", Assert.Single(reopened.Search(new SearchQuery { Text = "robotik", Now = DemoStore.Today })).Key);
    }

    [Fact]
    public void Import_AfterACrash_ReplacesTheSourceAndDropsTheHalfWrittenCollection()
    {
        using var store = new MemoryStore();
        store.Import("mint.json", Offers.Json(Offers.Valid("alt")));
        var newFile = store.Files.Write("mint.jsonl", Offers.JsonLines(Offers.Valid("neu-1"), Offers.Valid("neu-2"), Offers.Valid("neu-3")));
        Assert.Throws<IOException>(() => store.Store.Import([newFile], null, afterBatchStored: _ => throw new IOException("crash"), batchSize: 1));

        var report = store.Store.Import([newFile]);

        Assert.Equal(0, report.ExitCode);
        Assert.Null(store.Store.Find("mint:alt"));
        Assert.Equal(3, store.Store.Count);
        // live generation + the one before it; the crashed import's collection is gone
        Assert.Equal(2, store.Database.GetCollectionNames().Count(n => n.StartsWith("r_mint_")));
    }

    [Fact]
    public void Import_SameFilesTwice_GivesTheSameKnowledge()
    {
        using var demo = new DemoStore();
        var query = new SearchQuery { Text = "praktikum", Top = 10, Now = DemoStore.Today };
        var before = demo.Store.Search(query).Select(h => (h.Key, h.Score)).ToList();
        var countBefore = demo.Store.Count;

        var report = demo.Store.Import([KnowledgeStore.DemoDataFolder]);

        Assert.Equal(0, report.ExitCode);
        Assert.Equal(countBefore, demo.Store.Count);
        Assert.Equal(before, demo.Store.Search(query).Select(h => (h.Key, h.Score)).ToList());
    }

    [Fact]
    public void Import_RecordMissingFromTheNewFile_DisappearsButOtherSourcesStay()
    {
        using var store = new MemoryStore();
        store.Import("mint.json", Offers.Json(Offers.Valid("a"), Offers.Valid("b")));
        store.Import("kurse.json", Offers.Json(Offers.Valid("k")));

        store.Import("mint.json", Offers.Json(Offers.Valid("a")));

        Assert.NotNull(store.Store.Find("mint:a"));
        Assert.Null(store.Store.Find("mint:b"));
        Assert.NotNull(store.Store.Find("kurse:k"));
    }

    [Fact]
    public void Search_WhileAnotherStoreImports_SeesOldThenNewKnowledge()
    {
        using var store = new MemoryStore(new KnowledgeOptions { RefreshInterval = TimeSpan.Zero });
        store.Import("mint.json", Offers.Json(Offers.Valid("alt", "Robotik-AG")));
        // a second store on the same database stands for the import CLI in another process
        using var importer = new KnowledgeStore(store.Database);
        var query = new SearchQuery { Text = "robotik", Now = DemoStore.Today };
        Assert.Equal("mint:alt", Assert.Single(store.Store.Search(query)).Key);

        importer.Import([store.Files.Write("mint.jsonl", Offers.JsonLines(Offers.Valid("neu", "Robotik-Camp")))]);

        Assert.Equal("mint:neu", Assert.Single(store.Store.Search(query)).Key);
    }

    [Fact]
    public async Task Search_ManyThreadsDuringImports_AlwaysSeesACompleteGeneration()
    {
        using var store = new MemoryStore(new KnowledgeOptions { RefreshInterval = TimeSpan.Zero });
        var oldFile = store.Files.Write("mint.json", Offers.Json(Enumerable.Range(1, 20).Select(i => Offers.Valid($"alt-{i}", "Robotik-AG")).ToArray()));
        var newFile = store.Files.Write("mint.jsonl", Offers.JsonLines(Enumerable.Range(1, 20).Select(i => Offers.Valid($"neu-{i}", "Robotik-Camp")).ToArray()));
        store.Store.Import([oldFile]);
        var query = new SearchQuery { Text = "robotik", Top = 50, Now = DemoStore.Today };
        var failures = 0;
        var importing = 0;
        var overlapped = 0;
        using var done = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!done.IsCancellationRequested)
            {
                var duringImport = Volatile.Read(ref importing) == 1;
                var keys = store.Store.Search(query).SelectMany(h => h.SeriesKeys).ToList();
                // a complete generation: 20 records (one series of dates), all old or all new
                if (keys.Count != 20 || keys.Select(k => k.StartsWith("mint:alt")).Distinct().Count() != 1) Interlocked.Increment(ref failures);
                // Read wholly inside an import: it began and ended while the new generation was half written.
                if (duringImport && Volatile.Read(ref importing) == 1) Interlocked.Increment(ref overlapped);
            }
        })).ToArray();
        for (var i = 0; i < 6; i++)
        {
            Volatile.Write(ref importing, 1);
            // After each stored batch the import waits until readers have searched meanwhile, so reads certainly
            // meet a half-written generation (batches of 5 of 20 records).
            store.Store.Import([i % 2 == 0 ? newFile : oldFile], null, afterBatchStored: _ =>
            {
                var target = Volatile.Read(ref overlapped) + 2;
                SpinWait.SpinUntil(() => Volatile.Read(ref overlapped) >= target, TimeSpan.FromSeconds(10));
            }, batchSize: 5);
            Volatile.Write(ref importing, 0);
        }

        done.Cancel();
        await Task.WhenAll(readers);

        Assert.True(overlapped >= 6 * 4, $"only {overlapped} reads overlapped an import");
        Assert.Equal(0, failures);
    }

    [Fact]
    public void Store_OnAFileInSharedMode_SeesAnImportOfAnotherConnection()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "wissen.db");
        using var bot = new KnowledgeStore(db, new KnowledgeOptions { RefreshInterval = TimeSpan.Zero });
        Assert.Equal(0, bot.Count);

        var exit = KnowledgeCommands.Import([folder.Write("kurse.json", Offers.Json(Offers.Valid("k1", "Englisch A1")))], db, TextWriter.Null);

        Assert.Equal(0, exit);
        Assert.Equal("kurse:k1", Assert.Single(bot.Search(new SearchQuery { Text = "englisch", Now = DemoStore.Today })).Key);
    }

    [Fact]
    public void EnsureDemoData_OnEmptyStore_ImportsOnceAndNeverOverwrites()
    {
        using var database = new LiteDatabase(new MemoryStream());
        using var store = new KnowledgeStore(database);

        store.EnsureDemoData();
        var count = store.Count;
        store.Import([new TempFolder().Write("mint.json", Offers.Json(Offers.Valid("eigen")))]);
        store.EnsureDemoData();

        Assert.True(count > 200);
        Assert.NotNull(store.Find("mint:eigen"));
        Assert.Null(store.Find("mint:mi-001"));
    }
}
