using TrierBot.Dialogs.Monitoring;
using TrierBot.Monitoring;

namespace TrierBot.Storage.Tests.Monitoring;

/// <summary>
/// What every demand store promises (docs/monitoring.md), run against each provider by a subclass. <see cref="Open"/>
/// gives a store over the same data each call (another instance, on PostgreSQL). The tests of one class share the
/// data: each keeps to records of a channel of its own.
/// </summary>
public abstract class DemandStoreContract : IAsyncLifetime
{
    private readonly string _channel = "ch-" + Guid.NewGuid().ToString("N")[..8];

    protected abstract IDemandStore Open();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void Apply_SameRecordTwiceAndAnother_OneCountPerRecordWithEveryField()
    {
        var mint = Record("2026-03", "Mint") with { AgeBand = "10-13", District = "Trier-West/Pallien", TimeWishes = ["afternoons", "holidays"], Categories = ["Programmieren", "Robotik"], Found = 0 };
        var handoff = Record("2026-03", "Literacy") with { Found = null, Handoff = true, Language = "en" };

        Open().Apply([new DemandChange(mint, 1)]);
        Open().Apply([new DemandChange(mint, 1), new DemandChange(handoff, 3)]);

        var counts = Mine(Open().Read());
        Assert.Equal(2, counts.Count);
        Assert.Equal(2, Assert.Single(counts, c => c.Record.Topic == "Mint").Count);
        Assert.Equal(3, Assert.Single(counts, c => c.Record.Topic == "Literacy").Count);
        Assert.Equal(mint.Key, counts.Single(c => c.Record.Topic == "Mint").Record.Key);
        Assert.Equal(handoff.Key, counts.Single(c => c.Record.Topic == "Literacy").Record.Key);
        Assert.True(counts.Single(c => c.Record.Topic == "Mint").Record.Unmet);
    }

    [Fact]
    public async Task Apply_EightWritersAddingAtOnce_CountsSumExactly()
    {
        string[] topics = ["Mint", "Literacy", "Counselling"];
        // Each writer's batches hold all three records in an order of its own: overlapping batches at once.
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(() =>
        {
            var store = Open();
            for (var i = 0; i < 25; i++)
            {
                store.Apply([.. topics.Select((t, k) => new DemandChange(Record("2026-05", topics[(k + w + i) % 3]), 1))]);
            }
        }));

        await Task.WhenAll(writers);

        var counts = Mine(Open().Read());
        Assert.Equal(3, counts.Count);
        Assert.All(counts, c => Assert.Equal(8 * 25, c.Count));
    }

    [Fact]
    public void Apply_NegativeDelta_MovesTheCountAndRemovesItAtZeroNeverBelow()
    {
        var offers = Record("2026-04", "Mint") with { Found = 4 };
        var person = offers with { Handoff = true };
        Open().Apply([new DemandChange(offers, 2)]);

        Open().Apply([new DemandChange(offers, -1), new DemandChange(person, 1)]);
        Assert.Equal([(offers.Key, 1), (person.Key, 1)], Mine(Open().Read()).Select(c => (c.Record.Key, c.Count)).Order());

        Open().Apply([new DemandChange(offers, -1), new DemandChange(Record("2026-04", "Literacy"), -1)]);
        Assert.Equal(person.Key, Assert.Single(Mine(Open().Read())).Record.Key);

        Open().Apply([new DemandChange(person, -5)]);
        Assert.Empty(Mine(Open().Read()));
    }

    [Fact]
    public void Read_MonthRange_BothEndsInclusiveEitherOpen()
    {
        Open().Apply([.. new[] { "2025-12", "2026-01", "2026-02", "2026-03" }.Select(m => new DemandChange(Record(m, "Mint"), 1))]);

        Assert.Equal(["2026-01", "2026-02"], Months(Open().Read("2026-01", "2026-02")));
        Assert.Equal(["2026-02", "2026-03"], Months(Open().Read("2026-02")));
        Assert.Equal(["2025-12", "2026-01"], Months(Open().Read(toMonth: "2026-01")));
        Assert.Equal(["2025-12", "2026-01", "2026-02", "2026-03"], Months(Open().Read()));
        Assert.Empty(Months(Open().Read("2026-04", "2026-12")));
    }

    [Fact]
    public void Read_DemoYearFilteredAsThePageDoes_SameTableAsTheCountsWritten()
    {
        var year = DemandDemo.Generate(new DateOnly(2026, 12, 1)).Select(c => c with { Record = c.Record with { Channel = _channel } }).ToList();
        Open().Apply(year);
        var filter = new MonitoringFilter(new MonthRange("2026-04", "2026-09"), "Mint", null);
        string[] by = [DemandDimensions.District, DemandDimensions.AgeBand];

        var stored = DemandTable.Build(Mine(Open().Read(filter.Months.From, filter.Months.To)), by, 5, filter.Matches);

        var written = DemandTable.Build(year.Where(c => string.CompareOrdinal(c.Record.Month, "2026-04") >= 0 && string.CompareOrdinal(c.Record.Month, "2026-09") <= 0)
            .Select(c => new DemandCount(c.Record, c.Delta)), by, 5, filter.Matches);
        Assert.True(stored.TotalSearches > 100);
        Assert.Equal(written.TotalSearches, stored.TotalSearches);
        Assert.Equal(written.TotalUnmet, stored.TotalUnmet);
        Assert.Equal(Cells(written), Cells(stored));
    }

    [Fact]
    public void RemoveDemo_DemoAndRealCounts_RemovesOnlyTheDemo()
    {
        var real = Record("2026-06", "Mint");
        Open().Apply([new DemandChange(real, 2), new DemandChange(real with { Demo = true }, 7), new DemandChange(Record("2026-07", "Literacy") with { Demo = true }, 1)]);

        var removed = Open().RemoveDemo();

        Assert.True(removed >= 2);
        Assert.DoesNotContain(Open().Read(), c => c.Record.Demo);
        var left = Assert.Single(Mine(Open().Read()));
        Assert.Equal((real.Key, 2), (left.Record.Key, left.Count));
        Assert.Equal(0, Open().RemoveDemo());
    }

    private DemandRecord Record(string month, string topic) => new()
    {
        Month = month, Topic = topic, AgeBand = "25-44", District = "Trier-Nord", Categories = ["Lesen"], Found = 2, Language = "de", Channel = _channel,
    };

    private List<DemandCount> Mine(IEnumerable<DemandCount> counts) => [.. counts.Where(c => c.Record.Channel == _channel)];

    private List<string> Months(IEnumerable<DemandCount> counts) => [.. Mine(counts).Select(c => c.Record.Month).Order(StringComparer.Ordinal)];

    private static List<string> Cells(DemandTable table) =>
        [.. table.Cells.Select(c => string.Join('|', c.Values) + $"={c.Searches}/{c.Unmet}/{c.SearchesSuppressed}").Order(StringComparer.Ordinal)];
}
