namespace TrierBot.Knowledge.Tests;

/// <summary>knowledge-import.md, Rules: a bad record is skipped and reported with file, line/index, field and reason; the rest is imported.</summary>
public sealed class BrokenRecordTests
{
    private const string Header = "id;title;description;provider;ageMin;ageMax;start;end;online;cost;categories\n";

    [Theory]
    [InlineData("b;;D;P;;;;;;;", "title")]                           // required field missing
    [InlineData("b;T;D;P;zwölf;;;;;;", "ageMin")]                    // wrong type: not an integer
    [InlineData("b;T;D;P;;;12.01.2027;;;;", "start")]                // date not ISO 8601
    [InlineData("b;T;D;P;;;2027-02-30;;;;", "start")]                // no such day
    [InlineData("b;T;D;P;;;;;vielleicht;;", "online")]               // not a boolean
    [InlineData("b;T;D;P;;;;;;zehn Euro;", "cost")]                  // not a number
    [InlineData("b;T;D;P;16;12;;;;;", "ageMin")]                     // ageMin above ageMax
    [InlineData("b;T;D;P;;;2027-05-01;2027-04-01;;;", "end")]        // ends before it starts
    [InlineData("a;T;D;P;;;;;;;", "id")]                             // duplicate id
    [InlineData(";T;D;P;;;;;;;", "id")]                              // id missing
    public void Import_BrokenCsvRecord_IsSkippedAndReportedWithLineAndField(string brokenRow, string field)
    {
        using var store = new MemoryStore();

        var report = store.Import("retribus.csv", Header + "a;Gut;D;P;;;;;;;\n" + brokenRow + "\nc;Auch gut;D;P;;;;;;;\n");

        var problem = Assert.Single(report.Problems);
        Assert.Equal("retribus.csv", Path.GetFileName(problem.File));
        Assert.Equal(3, problem.Line);
        Assert.Equal(field, problem.Field, ignoreCase: true);
        Assert.False(string.IsNullOrWhiteSpace(problem.Reason));
        Assert.Equal(1, report.ExitCode);
        Assert.NotNull(store.Store.Find("retribus:a"));
        Assert.NotNull(store.Store.Find("retribus:c"));
        Assert.Equal("Gut", store.Store.Find("retribus:a")!.DisplayTitle);
    }

    [Fact]
    public void Import_CsvRowWithMoreCellsThanHeader_IsSkippedAndReported()
    {
        using var store = new MemoryStore();

        var report = store.Import("retribus.csv", "id;title;description;provider\na;T;D;P\nb;T;D;P;zu viel\n");

        Assert.Equal(3, Assert.Single(report.Problems).Line);
        Assert.NotNull(store.Store.Find("retribus:a"));
    }

    [Fact]
    public void Import_QuotedCellOverSeveralLines_ReportsTheLineWhereTheRecordStarts()
    {
        using var store = new MemoryStore();

        var report = store.Import("retribus.csv", "id;title;description;provider;ageMin\na;T;\"eins\nzwei\ndrei\";P;\nb;T;D;P;alt\n");

        Assert.Equal(5, Assert.Single(report.Problems).Line);
    }

    [Theory]
    [InlineData("""[{"id":"a","title":"T","description":"D","provider":"P"}, {"id":"b","title":["eine","Liste"],"description":"D","provider":"P"}]""", "title")]
    [InlineData("""[{"id":"a","title":"T","description":"D","provider":"P"}, {"id":"b","title":"T","description":"D","provider":"P","ageMax":12.5}]""", "ageMax")]
    [InlineData("""[{"id":"a","title":"T","description":"D","provider":"P"}, {"id":"b","title":"T","description":"D"}]""", "provider")]
    [InlineData("""[{"id":"a","title":"T","description":"D","provider":"P"}, {"id":"b","title":"T","description":"D","provider":"P","categories":{"x":1}}]""", "categories")]
    [InlineData("""[{"id":"a","title":"T","description":"D","provider":"P"}, "kein Objekt"]""", null)]
    public void Import_BrokenJsonEntry_IsSkippedAndReportedWithIndexAndField(string json, string? field)
    {
        using var store = new MemoryStore();

        var report = store.Import("mint.json", json);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(2, problem.Index);
        Assert.Equal(field, problem.Field);
        Assert.NotNull(store.Store.Find("mint:a"));
        Assert.Null(store.Store.Find("mint:b"));
    }

    [Fact]
    public void Import_BrokenJsonLine_IsSkippedAndReportedWithLine()
    {
        using var store = new MemoryStore();
        var lines = Offers.JsonLines(Offers.Valid("a")) + "\n{\"id\": \"b\", \"title\": \n" + Offers.JsonLines(Offers.Valid("c"));

        var report = store.Import("mint.jsonl", lines);

        Assert.Equal(2, Assert.Single(report.Problems).Line);
        Assert.Equal(2, report.Imported);
    }

    [Fact]
    public void Import_UnreadableJsonFile_KeepsTheSourcesOldRecords()
    {
        using var store = new MemoryStore();
        store.Import("mint.json", Offers.Json(Offers.Valid("alt")));

        var report = store.Import("mint.json", "[{\"id\": \"neu\", ");

        Assert.Equal(2, report.ExitCode);
        Assert.NotNull(store.Store.Find("mint:alt"));
        Assert.Contains(report.Problems, p => p.Line is null && p.Index is null);
    }

    [Fact]
    public void Import_UnknownSourceFileName_IsReportedAndNothingImported()
    {
        using var store = new MemoryStore();

        var report = store.Import("angebote.json", Offers.Json(Offers.Valid("a")));

        Assert.Equal(2, report.ExitCode);
        Assert.Contains("angebote", Assert.Single(report.Problems).Reason);
    }

    [Fact]
    public void ImportCommand_ExitCodes_FollowTheContract()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "store.db");
        var good = folder.Write("kurse.json", Offers.Json(Offers.Valid("a")));
        var mixed = folder.Write("mint.json", Offers.Json(Offers.Valid("a"), Offers.Valid("b", "Test", ("title", null))));
        var bad = folder.Write("apag.json", Offers.Json(Offers.Valid("a", "Test", ("provider", null))));
        var output = new StringWriter();

        Assert.Equal(0, KnowledgeCommands.Import([good], db, output));
        Assert.Equal(1, KnowledgeCommands.Import([mixed], db, output));
        Assert.Equal(2, KnowledgeCommands.Import([bad], db, output));
        Assert.Contains("apag.json, Eintrag 1, Feld „provider“", output.ToString());
        Assert.Contains("übernommen", output.ToString());
    }
}
