using Microsoft.Bot.Builder;
using TrierBot.Privacy;

namespace TrierBot.Storage.Tests.BotState;

/// <summary>
/// What every bot state store promises (<see cref="IStorage"/> as the SDK's MemoryStorage shows it, plus erasure and
/// retention), run against each provider by a subclass. <see cref="Open"/> gives a new store over the same data each
/// call: another instance (PostgreSQL) or a fresh process-local cache (LiteDB).
/// </summary>
public abstract class BotStateStorageContract : IAsyncLifetime
{
    // The tests of one class share a database: each keeps to keys of its own.
    private readonly string _prefix = "t" + Guid.NewGuid().ToString("N")[..8] + "/";

    protected abstract IStorage Open(TimeSpan? retention = null);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    private string K(string key) => _prefix + key;

    [Fact]
    public async Task Read_AfterWrite_ReturnsTypedValueWithCurrentETag()
    {
        var storage = Open();
        var note = new Note { Text = "Grüße aus Trier" };
        await storage.WriteAsync(new Dictionary<string, object> { [K("k")] = note, [K("plain")] = new Dictionary<string, object> { ["n"] = 3 } });

        var items = await Open().ReadAsync([K("k"), K("plain"), K("missing")]);

        var read = Assert.IsType<Note>(items[K("k")]);
        Assert.Equal("Grüße aus Trier", read.Text);
        Assert.False(string.IsNullOrEmpty(note.ETag));
        Assert.Equal(note.ETag, read.ETag);
        Assert.False(items.ContainsKey(K("missing")));
        Assert.Equal(3L, Convert.ToInt64(((IDictionary<string, object>)items[K("plain")])["n"]));
    }

    [Fact]
    public async Task Read_NestedTypedValues_ComeBackAsTheirTypes()
    {
        // Dialog stacks hold typed objects inside dictionaries and lists: their type names must survive the store.
        var state = new Dictionary<string, object>
        {
            ["stack"] = new List<object> { new Note { Text = "a", Count = 1 }, new Note { Text = "b", Count = 2 } },
            ["when"] = new DateTimeOffset(2026, 12, 3, 18, 30, 0, TimeSpan.FromHours(1)),
            ["ratio"] = 0.5,
        };
        await Open().WriteAsync(new Dictionary<string, object> { [K("dialog")] = state });

        var read = (IDictionary<string, object>)(await Open().ReadAsync([K("dialog")]))[K("dialog")];

        var stack = Assert.IsAssignableFrom<IList<object>>(read["stack"]);
        Assert.Equal(["a", "b"], stack.Select(n => Assert.IsType<Note>(n).Text));
        Assert.Equal(2, ((Note)stack[1]).Count);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 18, 30, 0, TimeSpan.FromHours(1)), read["when"]);
        Assert.Equal(0.5, read["ratio"]);
    }

    [Fact]
    public async Task Write_StoreItemWithStaleETag_ThrowsAndKeepsNewerValue()
    {
        var storage = Open();
        var first = new Note { Text = "eins" };
        await storage.WriteAsync(new Dictionary<string, object> { [K("k")] = first });
        var staleCopy = new Note { Text = "veraltet", ETag = first.ETag };
        first.Text = "zwei";
        await Open().WriteAsync(new Dictionary<string, object> { [K("k")] = first });

        await Assert.ThrowsAsync<InvalidOperationException>(() => storage.WriteAsync(new Dictionary<string, object> { [K("k")] = staleCopy }));

        Assert.Equal("zwei", Assert.IsType<Note>((await Open().ReadAsync([K("k")]))[K("k")]).Text);
    }

    [Fact]
    public async Task Write_StoreItemWithWildcardETag_Overwrites()
    {
        var storage = Open();
        await storage.WriteAsync(new Dictionary<string, object> { [K("k")] = new Note { Text = "alt" } });

        await storage.WriteAsync(new Dictionary<string, object> { [K("k")] = new Note { Text = "neu", ETag = "*" } });

        Assert.Equal("neu", Assert.IsType<Note>((await Open().ReadAsync([K("k")]))[K("k")]).Text);
    }

    [Fact]
    public async Task Write_TwoKeysOneWithStaleETag_WritesNeither()
    {
        var storage = Open();
        var current = new Note { Text = "eins" };
        await storage.WriteAsync(new Dictionary<string, object> { [K("a")] = current });
        var stale = new Note { Text = "veraltet", ETag = current.ETag };
        await storage.WriteAsync(new Dictionary<string, object> { [K("a")] = current });

        await Assert.ThrowsAsync<InvalidOperationException>(() => storage.WriteAsync(new Dictionary<string, object> { [K("a")] = stale, [K("b")] = new Note { Text = "neu" } }));

        var items = await Open().ReadAsync([K("a"), K("b")]);
        Assert.Equal("eins", Assert.IsType<Note>(items[K("a")]).Text);
        Assert.False(items.ContainsKey(K("b")));
    }

    [Fact]
    public async Task Write_ConcurrentWritersWithTheSameETag_ExactlyOneWins()
    {
        var seed = new Note { Text = "start" };
        await Open().WriteAsync(new Dictionary<string, object> { [K("shared")] = seed });

        // Twenty turns that read the same version, on stores of their own (instances), write at once.
        var writers = Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            Open().WriteAsync(new Dictionary<string, object> { [K("shared")] = new Note { Text = $"w{i}", ETag = seed.ETag } }))).ToList();
        var outcomes = await Task.WhenAll(writers.Select(async w =>
        {
            try
            {
                await w;
                return true;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }));

        Assert.Equal(1, outcomes.Count(ok => ok));
        var winner = Assert.IsType<Note>((await Open().ReadAsync([K("shared")]))[K("shared")]);
        Assert.StartsWith("w", winner.Text);
    }

    [Fact]
    public async Task Write_ManyConcurrentWritersWithOneStaleETag_OnlyTheStaleOneFails()
    {
        var storage = Open();
        var stale = new Note { Text = "a" };
        await storage.WriteAsync(new Dictionary<string, object> { [K("shared")] = stale });
        var staleCopy = new Note { Text = "veraltet", ETag = stale.ETag };
        await storage.WriteAsync(new Dictionary<string, object> { [K("shared")] = stale });

        var writes = Enumerable.Range(0, 50).Select(i => storage.WriteAsync(new Dictionary<string, object> { [K($"k{i}")] = new Note { Text = $"n{i}" } })).ToList();
        var conflicting = storage.WriteAsync(new Dictionary<string, object> { [K("shared")] = staleCopy });
        await Task.WhenAll(writes);

        await Assert.ThrowsAsync<InvalidOperationException>(() => conflicting);
        var all = await Open().ReadAsync([.. Enumerable.Range(0, 50).Select(i => K($"k{i}")), K("shared")]);
        Assert.Equal(51, all.Count);
        Assert.Equal("a", Assert.IsType<Note>(all[K("shared")]).Text);
    }

    [Fact]
    public async Task Write_KeyDeletedAndWrittenAgain_OldETagConflicts()
    {
        var storage = Open();
        var before = new Note { Text = "vorher" };
        await storage.WriteAsync(new Dictionary<string, object> { [K("k")] = before });
        var oldETag = before.ETag;
        await storage.DeleteAsync([K("k")]);
        await storage.WriteAsync(new Dictionary<string, object> { [K("k")] = new Note { Text = "neu" } });

        await Assert.ThrowsAsync<InvalidOperationException>(() => Open().WriteAsync(new Dictionary<string, object> { [K("k")] = new Note { Text = "alt", ETag = oldETag } }));
    }

    [Fact]
    public async Task Read_DictionaryWithNullValue_KeepsTheEntry()
    {
        await Open().WriteAsync(new Dictionary<string, object> { [K("k")] = new Dictionary<string, object?> { ["answer"] = null, ["n"] = 1 } });

        var items = await Open().ReadAsync([K("k")]);

        var values = Assert.IsAssignableFrom<IDictionary<string, object>>(items[K("k")]);
        Assert.True(values.ContainsKey("answer"));
        Assert.Null(values["answer"]);
    }

    [Fact]
    public async Task Read_KeysDifferingOnlyInCase_KeepsBothEntriesApart()
    {
        var storage = Open();
        await storage.WriteAsync(new Dictionary<string, object> { [K("webchat/conversations/AbC")] = new Note { Text = "upper" } });
        await storage.WriteAsync(new Dictionary<string, object> { [K("webchat/conversations/abc")] = new Note { Text = "lower" } });

        var items = await Open().ReadAsync([K("webchat/conversations/AbC"), K("webchat/conversations/abc")]);

        Assert.Equal("upper", Assert.IsType<Note>(items[K("webchat/conversations/AbC")]).Text);
        Assert.Equal("lower", Assert.IsType<Note>(items[K("webchat/conversations/abc")]).Text);
    }

    [Theory]
    [InlineData("vor\0nach")]
    [InlineData("Backslash \\u0000 als Text")]
    [InlineData("Emoji 👋 und ß")]
    public async Task Write_UnusualText_IsStoredAndReadBack(string text)
    {
        await Open().WriteAsync(new Dictionary<string, object> { [K("k")] = new Note { Text = text } });

        var read = Assert.IsType<Note>((await Open().ReadAsync([K("k")]))[K("k")]).Text;

        // PostgreSQL text cannot hold NUL: it may come back as U+FFFD, everything around it unchanged.
        Assert.Equal(text.Replace('\0', '\uFFFD'), read.Replace('\0', '\uFFFD'));
    }

    [Fact]
    public async Task Delete_ExistingKey_RemovesIt()
    {
        var storage = Open();
        await storage.WriteAsync(new Dictionary<string, object> { [K("k")] = new Note(), [K("other")] = new Note() });

        await storage.DeleteAsync([K("k")]);

        Assert.Equal([K("other")], (await Open().ReadAsync([K("k"), K("other")])).Keys);
    }

    [Fact]
    public async Task Erase_Conversation_RemovesItsStateAndItsUsersOnly()
    {
        var channel = _prefix + "webchat";
        await Open().WriteAsync(new Dictionary<string, object>
        {
            [$"{channel}/conversations/c1"] = new Note(),
            [$"{channel}/users/u1"] = new Note(),
            [$"{channel}/conversations/c2"] = new Note(),
        });

        await ((IConversationDataStore)Open()).EraseAsync(new ErasedConversation(channel, "c1", "u1"), CancellationToken.None);

        Assert.Equal([$"{channel}/conversations/c2"], (await Open().ReadAsync([$"{channel}/conversations/c1", $"{channel}/users/u1", $"{channel}/conversations/c2"])).Keys);
    }

    [Fact]
    public async Task EraseExpired_EntryOlderThanRetention_IsDeletedNewerKept()
    {
        var retention = TimeSpan.FromHours(1);
        await Open(retention).WriteAsync(new Dictionary<string, object> { [K("old")] = new Note() });
        await Task.Delay(50);
        var between = DateTime.UtcNow;
        await Task.Delay(50);
        await Open(retention).WriteAsync(new Dictionary<string, object> { [K("new")] = new Note() });

        var deleted = await ((IConversationDataStore)Open(retention)).EraseExpiredAsync(between + retention, CancellationToken.None);

        Assert.True(deleted >= 1);
        Assert.Equal([K("new")], (await Open().ReadAsync([K("old"), K("new")])).Keys);
    }

    public sealed class Note : IStoreItem
    {
        public string Text { get; set; } = "";
        public int Count { get; set; }
        public string? ETag { get; set; }
    }
}
