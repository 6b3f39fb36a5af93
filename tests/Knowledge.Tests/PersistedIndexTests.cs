using LiteDB;
using TrierBot.Knowledge.Import;
using TrierBot.Knowledge.Storage;

namespace TrierBot.Knowledge.Tests;

/// <summary>
/// The search index persisted beside a store file (docs/import-format.md, "Suchindex"): a restart opens it, a new
/// catalog generation replaces it, a broken or missing one is rebuilt from the store, a failed import leaves it.
/// </summary>
public sealed class PersistedIndexTests
{
    private static readonly SearchQuery Robotik = new() { Text = "robotik", Top = 10, Now = DemoStore.Today };

    [Fact]
    public void Restart_StoreWithPersistedIndex_OpensItWithoutRebuilding()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "wissen.db");
        Assert.Equal(0, KnowledgeCommands.Import([folder.Write("mint.json", Offers.Json(Offers.Valid("m1", "Robotik-AG"), Offers.Valid("m2", "Sternwarte")))], db, TextWriter.Null));
        var written = Snapshot(db);
        Assert.Single(written.Folders);

        for (var restart = 0; restart < 2; restart++)
        {
            using var store = new KnowledgeStore(db);
            Assert.Equal(2, store.Count);
            Assert.Equal("mint:m1", Assert.Single(store.Search(Robotik)).Key);
            Assert.Equal("Sternwarte", (store.Find("mint:m2") as Model.Offer)?.Title);
        }

        // the same folder with the same files, untouched: opened, not written again
        Assert.Equal(written, Snapshot(db));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("emptied")]
    [InlineData("deleted")]
    public void Open_BrokenOrMissingIndex_RebuildsItFromTheStore(string damage)
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "wissen.db");
        KnowledgeCommands.Import([folder.Write("mint.json", Offers.Json(Offers.Valid("m1", "Robotik-AG"), Offers.Valid("m2", "Sternwarte")))], db, TextWriter.Null);
        var generation = Assert.Single(Snapshot(db).Folders);
        Damage(generation, damage);

        using (var store = new KnowledgeStore(db))
        {
            Assert.Equal(2, store.Count);
            Assert.Equal("mint:m1", Assert.Single(store.Search(Robotik)).Key);
        }
        // rebuilt under its generation's name, and readable by the next start
        var rebuilt = Snapshot(db);
        Assert.Equal([generation], rebuilt.Folders);
        using var next = new KnowledgeStore(db);
        Assert.Equal("mint:m1", Assert.Single(next.Search(Robotik)).Key);
        Assert.Equal(rebuilt, Snapshot(db));
    }

    [Fact]
    public void Refresh_ImportCommandInAnotherProcess_SwapsInTheIndexItWrote()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "wissen.db");
        KnowledgeCommands.Import([folder.Write("mint.json", Offers.Json(Offers.Valid("alt", "Robotik-AG")))], db, TextWriter.Null);
        using var bot = new KnowledgeStore(db, new KnowledgeOptions { RefreshInterval = TimeSpan.Zero });
        var old = Assert.Single(Snapshot(db).Folders);

        KnowledgeCommands.Import([folder.Write("mint.jsonl", Offers.JsonLines(Offers.Valid("neu", "Robotik-Camp")))], db, TextWriter.Null);
        var afterImport = Snapshot(db);
        var current = Assert.Single(afterImport.Folders, f => f != old);

        Assert.Equal("mint:neu", Assert.Single(bot.Search(Robotik)).Key);
        // the bot opened the command's index (no second build) and the old generation's folder is gone
        var afterSwap = Snapshot(db);
        Assert.Equal([current], afterSwap.Folders);
        Assert.Equal(afterImport.Files.Where(f => f.Path.StartsWith(current, StringComparison.Ordinal)), afterSwap.Files);
    }

    [Fact]
    public void Refresh_NewGenerationWithoutAnIndex_BuildsAndPersistsIt()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "wissen.db");
        using var bot = new KnowledgeStore(db, new KnowledgeOptions { RefreshInterval = TimeSpan.Zero });
        bot.Import([folder.Write("mint.json", Offers.Json(Offers.Valid("alt", "Robotik-AG")))]);
        var old = Assert.Single(Snapshot(db).Folders);

        // an import that writes no index (an import command from before the persisted index)
        using (var other = new LiteDatabase(new ConnectionString { Filename = db, Connection = ConnectionType.Shared }))
            new KnowledgeImporter(new KnowledgeDatabase(other), null).Run([folder.Write("mint.jsonl", Offers.JsonLines(Offers.Valid("neu", "Robotik-Camp")))]);

        Assert.Equal("mint:neu", Assert.Single(bot.Search(Robotik)).Key);
        var rebuilt = Assert.Single(Snapshot(db).Folders);
        Assert.NotEqual(old, rebuilt);
        using var restarted = new KnowledgeStore(db);
        Assert.Equal("mint:neu", Assert.Single(restarted.Search(Robotik)).Key);
    }

    [Fact]
    public void Open_StoreFileReplacedByAnotherOfTheSameGeneration_DoesNotAnswerFromTheOldIndex()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "wissen.db");
        KnowledgeCommands.Import([folder.Write("mint.json", Offers.Json(Offers.Valid("alt", "Robotik-AG")))], db, TextWriter.Null);
        var other = Path.Combine(folder.Path, "anders", "wissen.db");
        KnowledgeCommands.Import([folder.Write("mint.jsonl", Offers.JsonLines(Offers.Valid("neu", "Robotik-Camp")))], other, TextWriter.Null);

        // a backup of another store put in place: generation 1 as well, the old index folder still beside it
        File.Copy(other, db, overwrite: true);

        using var store = new KnowledgeStore(db);
        Assert.Equal("mint:neu", Assert.Single(store.Search(Robotik)).Key);
    }

    [Fact]
    public void Import_CrashHalfway_LeavesTheOldStoreAndIndexUsable()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "wissen.db");
        using (var store = new KnowledgeStore(db))
        {
            store.Import([folder.Write("mint.json", Offers.Json(Offers.Valid("alt", "Robotik-AG")))]);
            var newFile = folder.Write("mint.jsonl", Offers.JsonLines(Enumerable.Range(1, 10).Select(i => Offers.Valid($"neu-{i}", "Robotik-Camp")).ToArray()));
            Assert.Throws<IOException>(() => store.Import([newFile], null, afterBatchStored: stored => { if (stored >= 4) throw new IOException("simulated crash"); }, batchSize: 2));
            Assert.Equal("mint:alt", Assert.Single(store.Search(Robotik)).Key);
        }
        var left = Snapshot(db);

        using var restarted = new KnowledgeStore(db);
        Assert.Equal("mint:alt", Assert.Single(restarted.Search(Robotik)).Key);
        Assert.Equal(left, Snapshot(db));
    }

    [Fact]
    public async Task Search_ManyThreadsWhileTheIndexIsRebuilt_AlwaysAnswers()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "wissen.db");
        var oldFile = folder.Write("mint.json", Offers.Json(Enumerable.Range(1, 30).Select(i => Offers.Valid($"alt-{i}", "Robotik-AG")).ToArray()));
        var newFile = folder.Write("mint.jsonl", Offers.JsonLines(Enumerable.Range(1, 30).Select(i => Offers.Valid($"neu-{i}", "Robotik-Camp")).ToArray()));
        KnowledgeCommands.Import([oldFile], db, TextWriter.Null);
        using var bot = new KnowledgeStore(db, new KnowledgeOptions { RefreshInterval = TimeSpan.Zero });
        var query = Robotik with { Top = 50 };
        var failures = 0;
        var searches = 0;
        using var done = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!done.IsCancellationRequested)
            {
                var keys = bot.Search(query).SelectMany(h => h.SeriesKeys).ToList();
                if (keys.Count != 30 || keys.Select(k => k.StartsWith("mint:alt", StringComparison.Ordinal)).Distinct().Count() != 1) Interlocked.Increment(ref failures);
                Interlocked.Increment(ref searches);
            }
        })).ToArray();
        for (var i = 0; i < 4; i++)
        {
            // alternately an import that writes the index and one that leaves it to the bot to rebuild
            if (i % 2 == 0) KnowledgeCommands.Import([newFile], db, TextWriter.Null);
            else
            {
                using var other = new LiteDatabase(new ConnectionString { Filename = db, Connection = ConnectionType.Shared });
                new KnowledgeImporter(new KnowledgeDatabase(other), null).Run([oldFile]);
            }
            var target = Volatile.Read(ref searches) + 20;
            SpinWait.SpinUntil(() => Volatile.Read(ref searches) >= target, TimeSpan.FromSeconds(20));
        }
        done.Cancel();
        await Task.WhenAll(readers);

        Assert.Equal(0, failures);
        Assert.Equal("mint:alt-1", bot.Search(query).Single().Key);
    }

    /// <summary>The generation folders of the store's index and every file in them with its size and last write.</summary>
    private static IndexSnapshot Snapshot(string db)
    {
        var index = IndexFolder.ForStore(db).Path;
        if (!Directory.Exists(index)) return new IndexSnapshot([], []);
        var folders = Directory.GetDirectories(index).Order(StringComparer.Ordinal).ToList();
        var files = folders.SelectMany(f => Directory.GetFiles(f))
            .Select(f => new FileState(f, new FileInfo(f).Length, File.GetLastWriteTimeUtc(f)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        return new IndexSnapshot(folders, files);
    }

    private static void Damage(string folder, string damage)
    {
        switch (damage)
        {
            case "garbage":
                foreach (var file in Directory.GetFiles(folder)) File.WriteAllBytes(file, Enumerable.Range(0, 64).Select(i => (byte)(i * 37)).ToArray());
                break;
            case "truncated":
                foreach (var file in Directory.GetFiles(folder))
                {
                    using var stream = File.Open(file, FileMode.Open);
                    stream.SetLength(stream.Length / 2);
                }
                break;
            case "emptied":
                foreach (var file in Directory.GetFiles(folder)) File.Delete(file);
                break;
            default:
                Directory.Delete(folder, recursive: true);
                break;
        }
    }
}
