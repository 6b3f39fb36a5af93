using LiteDB;
using Microsoft.Bot.Builder;
using TrierBot.State;

namespace TrierBot.Bot.Tests;

public sealed class LiteDbStorageTests : IDisposable
{
    private readonly LiteDatabase _db = new(new MemoryStream());

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Write_StoreItemWithStaleETag_ThrowsAndKeepsNewerValue()
    {
        var storage = new LiteDbStorage(_db);
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
        var storage = new LiteDbStorage(_db);
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "alt" } });

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "neu", ETag = "*" } });

        Assert.Equal("neu", Assert.IsType<Note>((await storage.ReadAsync(["k"]))["k"]).Text);
    }

    [Fact]
    public async Task Read_AfterWrite_ReturnsTypedValueWithCurrentETag()
    {
        var storage = new LiteDbStorage(_db);
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
    public async Task Delete_ExistingKey_RemovesIt()
    {
        var storage = new LiteDbStorage(_db);
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
