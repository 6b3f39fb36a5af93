using System.Text.Json.Nodes;
using TrierBot.Cli;
using TrierBot.Dialogs.Monitoring;

namespace TrierBot.Monitoring.Tests;

/// <summary><c>monitoring export</c> and <c>monitoring demo</c> as the office runs them.</summary>
public sealed class MonitoringVerbTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), "trierbot-monitoring-tests", Guid.NewGuid().ToString("N"), "monitoring.db");

    public void Dispose()
    {
        try { Directory.Delete(Path.GetDirectoryName(_db)!, true); } catch (IOException) { }
    }

    [Fact]
    public async Task ExportJson_SmallCells_LeftOutAndTotalsOnlyOfShownCells()
    {
        Seed(("2026-11", "Mint", "Trier-West/Pallien", 12, 7), ("2026-11", "Mint", "Zewen", 2, 2), ("2026-11", "Mint", "Trier-Nord", 8, 1), ("2026-11", "Mint", "Euren", 25, 5),
             ("2026-11", "Literacy", "Trier-West/Pallien", 20, 0), ("2026-11", "Literacy", "Zewen", 30, 4), ("2026-11", "Literacy", "Trier-Nord", 15, 6), ("2026-11", "Literacy", "Euren", 18, 3));

        var (exit, output, _) = await RunAsync("monitoring", "export", "--by", "topic,district", "--json", "--monitoring-db", _db);

        Assert.Equal(0, exit);
        var json = JsonNode.Parse(output)!;
        Assert.Equal(5, (int)json["minCell"]!);
        var cells = json["cells"]!.AsArray();
        var mint = Assert.Single(cells, c => (string)c!["topic"]! == "Mint" && (string)c["district"]! == "Trier-West/Pallien")!;
        Assert.Equal(12, (int)mint["searches"]!);
        Assert.Equal(7, (int)mint["unmet"]!);
        // The 2 in Zewen is left out, and with it the next smallest of its row (Mint, Trier-Nord) and its column
        // (Literacy, Zewen) — and so of the Trier-Nord column: no row or column total minus the shown cells gives it.
        Assert.DoesNotContain(cells, c => (string)c!["district"]! is "Zewen" or "Trier-Nord");
        Assert.Equal(4, cells.Count);
        Assert.Equal(4, (int)json["suppressedCells"]!);
        Assert.Equal(12 + 25 + 20 + 18, (int)json["totals"]!["searches"]!);
        // Literacy/Euren: 3 unmet is small, so that count is left empty while the cell stays (and Mint/Euren's 5 with it).
        Assert.Contains(cells, c => (string)c!["topic"]! == "Literacy" && (string)c["district"]! == "Euren" && c["unmet"] is null);
        Assert.Contains(cells, c => (string)c!["topic"]! == "Mint" && (string)c["district"]! == "Euren" && c["unmet"] is null);
    }

    [Fact]
    public async Task ExportCsv_FromTo_OnlyThoseMonthsAndNoSmallCells()
    {
        Seed(("2026-10", "Mint", "Trier-Nord", 20, 3), ("2026-11", "Mint", "Trier-Nord", 8, 6), ("2026-12", "Mint", "Trier-Nord", 40, 10));

        var (exit, output, _) = await RunAsync("monitoring", "export", "--from", "2026-11", "--to", "2026-12", "--by", "month,topic", "--csv", "--monitoring-db", _db);

        Assert.Equal(0, exit);
        var lines = output.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("month;topic;searches;unmet;handoffs", lines[0]);
        Assert.Equal(["2026-11;Mint;8;6;0", "2026-12;Mint;40;10;0"], lines.Skip(1));
    }

    [Theory]
    [InlineData("--from", "2026-13", "JJJJ-MM")]
    [InlineData("--to", "März", "JJJJ-MM")]
    [InlineData("--by", "topic,shoesize", "Unbekannte Aufschlüsselung")]
    public async Task Export_BadArgument_Exit2WithMessage(string option, string value, string message)
    {
        var (exit, _, error) = await RunAsync("monitoring", "export", option, value, "--monitoring-db", _db);

        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }

    [Fact]
    public async Task Demo_FreshStore_AYearMarkedDemoThatExportsAndRemoves()
    {
        var (exit, output, _) = await RunAsync("monitoring", "demo", "--monitoring-db", _db);

        Assert.Equal(0, exit);
        Assert.Contains("als Demo markiert", output);
        using (var store = new LiteDbDemandStore(_db))
        {
            var counts = store.Read();
            Assert.All(counts, c => Assert.True(c.Record.Demo));
            Assert.Equal(12, counts.Select(c => c.Record.Month).Distinct().Count());
            Assert.InRange(counts.Sum(c => c.Count), 2000, 5000);
            Assert.Contains(counts, c => c.Record.Unmet);
        }

        var export = JsonNode.Parse((await RunAsync("monitoring", "export", "--by", "district", "--monitoring-db", _db)).Output)!;
        Assert.True((bool)export["demo"]!);
        Assert.Equal(0, (await RunAsync("monitoring", "demo", "--remove", "--monitoring-db", _db)).Exit);
        using var after = new LiteDbDemandStore(_db);
        Assert.Empty(after.Read());
    }

    private void Seed(params (string Month, string Topic, string District, int Searches, int Unmet)[] cells)
    {
        using var store = new LiteDbDemandStore(_db);
        store.Apply([.. cells.SelectMany(c => new[]
        {
            new DemandChange(new DemandRecord { Month = c.Month, Topic = c.Topic, District = c.District, Found = 0 }, c.Unmet),
            new DemandChange(new DemandRecord { Month = c.Month, Topic = c.Topic, District = c.District, Found = 3 }, c.Searches - c.Unmet),
        }).Where(c => c.Delta > 0)]);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
