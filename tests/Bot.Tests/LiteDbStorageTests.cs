using LiteDB;
using Microsoft.Bot.Builder;
using TrierBot.State;

namespace TrierBot.Bot.Tests;

public sealed class LiteDbStorageTests : IDisposable
{
    private readonly LiteDatabase _db = StateDatabase.OpenInMemory();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Write_ManyConcurrentWritersWithOneStaleETag_OnlyTheStaleOneFails()
    {
        using var writer = new LiteDbGroupCommit(_db);
        var storage = new LiteDbStorage(writer);
        var stale = new Note { Text = "a" };
        await storage.WriteAsync(new Dictionary<string, object> { ["shared"] = stale });
        var staleCopy = new Note { Text = "veraltet", ETag = stale.ETag };
        await storage.WriteAsync(new Dictionary<string, object> { ["shared"] = stale });

        var writes = Enumerable.Range(0, 50).Select(i => storage.WriteAsync(new Dictionary<string, object> { [$"k{i}"] = new Note { Text = $"n{i}" } })).ToList();
        var conflicting = storage.WriteAsync(new Dictionary<string, object> { ["shared"] = staleCopy });
        await Task.WhenAll(writes);

        await Assert.ThrowsAsync<InvalidOperationException>(() => conflicting);
        var all = await storage.ReadAsync([.. Enumerable.Range(0, 50).Select(i => $"k{i}"), "shared"]);
        Assert.Equal(51, all.Count);
        Assert.Equal("a", Assert.IsType<Note>(all["shared"]).Text);
    }

    [Fact]
    public async Task Write_StoreItemWithStaleETag_ThrowsAndKeepsNewerValue()
    {
        using var writer = new LiteDbGroupCommit(_db);
        var storage = new LiteDbStorage(writer);
        var first = new Note { Text = "eins" };
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = first });
        var staleCopy = new Note { Text = "veraltet", ETag = first.ETag };
        first.Text = "zwei";
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = first });

        await Assert.ThrowsAsync<InvalidOperationException>(() => storage.WriteAsync(new Dictionary<string, object> { ["k"] = staleCopy }));

        var stored = Assert.IsType<Note>((await storage.ReadAsync(["k"]))["k"]);
        Assert.Equal("zwei", stored.Text);
    }

    [Fact]
    public async Task Write_StoreItemWithWildcardETag_Overwrites()
    {
        using var writer = new LiteDbGroupCommit(_db);
        var storage = new LiteDbStorage(writer);
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "alt" } });

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "neu", ETag = "*" } });

        Assert.Equal("neu", Assert.IsType<Note>((await storage.ReadAsync(["k"]))["k"]).Text);
    }

    [Fact]
    public async Task Read_AfterWrite_ReturnsTypedValueWithCurrentETag()
    {
        using var writer = new LiteDbGroupCommit(_db);
        var storage = new LiteDbStorage(writer);
        var note = new Note { Text = "Grüße aus Trier" };
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = note, ["plain"] = new Dictionary<string, object> { ["n"] = 3 } });

        var items = await storage.ReadAsync(["k", "plain", "missing"]);

        var read = Assert.IsType<Note>(items["k"]);
        Assert.Equal("Grüße aus Trier", read.Text);
        Assert.Equal(note.ETag, read.ETag);
        Assert.False(items.ContainsKey("missing"));
        Assert.Equal(3L, Convert.ToInt64(((IDictionary<string, object>)items["plain"])["n"]));
    }

    [Fact]
    public async Task Read_DictionaryWithNullValueAfterRestart_KeepsTheEntry()
    {
        using (var first = new LiteDbGroupCommit(_db))
        {
            await new LiteDbStorage(first).WriteAsync(new Dictionary<string, object> { ["k"] = new Dictionary<string, object?> { ["answer"] = null, ["n"] = 1 } });
        }

        using var writer = new LiteDbGroupCommit(_db);
        var items = await new LiteDbStorage(writer).ReadAsync(["k"]);

        var values = Assert.IsAssignableFrom<IDictionary<string, object>>(items["k"]);
        Assert.True(values.ContainsKey("answer"));
        Assert.Null(values["answer"]);
    }

    [Fact]
    public async Task DeleteOlderThan_CutoffAfterWrite_RemovesOnlyOlderEntries()
    {
        using var writer = new LiteDbGroupCommit(_db);
        var storage = new LiteDbStorage(writer);
        await storage.WriteAsync(new Dictionary<string, object> { ["old"] = new Note() });
        var cutoff = DateTime.UtcNow.AddMilliseconds(1);
        await Task.Delay(20);
        await storage.WriteAsync(new Dictionary<string, object> { ["new"] = new Note() });

        var deleted = await storage.DeleteOlderThanAsync(cutoff);

        Assert.Equal(1, deleted);
        Assert.Equal(["new"], (await storage.ReadAsync(["old", "new"])).Keys);
    }

    [Fact]
    public async Task Read_KeysDifferingOnlyInCase_KeepsBothEntriesApart()
    {
        using (var first = new LiteDbGroupCommit(_db))
        {
            var storage = new LiteDbStorage(first);
            await storage.WriteAsync(new Dictionary<string, object> { ["webchat/conversations/AbC"] = new Note { Text = "upper" } });
            await storage.WriteAsync(new Dictionary<string, object> { ["webchat/conversations/abc"] = new Note { Text = "lower" } });
        }

        // A new storage: nothing from the first one's memory cache, only what the database kept.
        using var writer = new LiteDbGroupCommit(_db);
        var items = await new LiteDbStorage(writer).ReadAsync(["webchat/conversations/AbC", "webchat/conversations/abc"]);

        Assert.Equal("upper", Assert.IsType<Note>(items["webchat/conversations/AbC"]).Text);
        Assert.Equal("lower", Assert.IsType<Note>(items["webchat/conversations/abc"]).Text);
    }

    [Fact]
    public void Open_FileWithLiteDbDefaultCollation_RebuildsWithOrdinalKeysKeepsStateAndLeavesNoBackup()
    {
        var folder = Directory.CreateTempSubdirectory("trierbot-state-").FullName;
        try
        {
            var path = Path.Combine(folder, "state.db");
            using (var old = new LiteDatabase(new ConnectionString { Filename = path }))
            {
                old.GetCollection<StoredState>("botstate").Insert(new StoredState { Id = "webchat/conversations/AbC", Json = "{}", ETag = "e1" });
            }

            using (var reopened = StateDatabase.Open(path))
            {
                Assert.Equal(System.Globalization.CompareOptions.Ordinal, reopened.Collation.SortOptions);
                Assert.Equal("e1", reopened.GetCollection<StoredState>("botstate").FindById("webchat/conversations/AbC").ETag);
                Assert.Null(reopened.GetCollection<StoredState>("botstate").FindById("webchat/conversations/abc"));
            }

            Assert.Equal(["state.db"], Directory.GetFiles(folder).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Delete_ExistingKey_RemovesIt()
    {
        using var writer = new LiteDbGroupCommit(_db);
        var storage = new LiteDbStorage(writer);
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note() });

        await storage.DeleteAsync(["k"]);

        Assert.Empty(await storage.ReadAsync(["k"]));
    }

    public sealed class Note : IStoreItem
    {
        public string Text { get; set; } = "";
        public string? ETag { get; set; }
    }
}
