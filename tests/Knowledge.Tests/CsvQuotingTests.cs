namespace TrierBot.Knowledge.Tests;

/// <summary>
/// docs/import-format.md: only faulty records are skipped. A broken quote in a CSV export costs its own record
/// (reported with its line), never the records after it.
/// </summary>
public sealed class CsvQuotingTests
{
    private static string DemoApag => File.ReadAllText(Path.Combine(KnowledgeStore.DemoDataFolder, "apag.csv"));

    [Theory]
    [InlineData(5, "\"Lerncafé")]          // a quote opened and never closed
    [InlineData(12, "Lerncafé\" extra")]   // stray quote inside unquoted text: stays text, record fine
    [InlineData(20, "\"Lerncafé\" extra")] // text after a closing quote
    public void Import_DemoApagWithOneBrokenQuote_OnlyThatRecordRejected(int line, string brokenTitle)
    {
        using var intact = new MemoryStore();
        var all = intact.Import("apag.csv", DemoApag).Imported;
        var lines = DemoApag.Split('\n');
        var cells = lines[line - 1].Split(';');
        cells[1] = brokenTitle;
        lines[line - 1] = string.Join(';', cells);
        using var store = new MemoryStore();

        var report = store.Import("apag.csv", string.Join('\n', lines));

        if (brokenTitle.StartsWith('"'))
        {
            var problem = Assert.Single(report.Problems);
            Assert.Equal((line, "apag.csv"), (problem.Line, Path.GetFileName(problem.File)));
            Assert.Contains("Anführungszeichen", problem.Reason);
            Assert.Equal(all - 1, report.Imported);
        }
        else
        {
            Assert.Empty(report.Problems);
            Assert.Equal(all, report.Imported);
        }
    }

    [Fact]
    public void Import_UnclosedQuoteClosedByALaterQuotedCell_LaterRecordsKept()
    {
        using var store = new MemoryStore();
        var csv = "id;title;description;provider\n"
            + "a;\"Offen;D;P\n"
            + "b;T;D;P\n"
            + "c;\"Kurs \"\"Rechnen\"\"; mit Pause\";D;P\n"
            + "d;T;D;P\n";

        var report = store.Import("retribus.csv", csv);

        Assert.Equal(2, Assert.Single(report.Problems).Line);
        Assert.Equal(3, report.Imported);
        Assert.Equal("Kurs \"Rechnen\"; mit Pause", store.Store.Find("retribus:c")!.DisplayTitle);
    }

    [Fact]
    public void Import_QuotedCellsWithLineBreaksAndSemicolons_ReadWhole()
    {
        using var store = new MemoryStore();
        var csv = "id;title;description;provider\n"
            + "a;\"Zeile eins\nZeile zwei; mit Semikolon\";D;P\n"
            + "b;T;D;P\n";

        var report = store.Import("retribus.csv", csv);

        Assert.Empty(report.Problems);
        Assert.Contains("Zeile zwei; mit Semikolon", store.Store.Find("retribus:a")!.DisplayTitle);
        Assert.NotNull(store.Store.Find("retribus:b"));
    }
}
