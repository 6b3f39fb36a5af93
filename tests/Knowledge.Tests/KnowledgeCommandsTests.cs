using System.Text.Json;

namespace TrierBot.Knowledge.Tests;

/// <summary>The <c>search</c> verb of bot-contract.md §4 on a store file, as the CLI calls it.</summary>
public sealed class KnowledgeCommandsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _db;

    public KnowledgeCommandsTests()
    {
        _db = Path.Combine(_folder.Path, "wissen.db");
        var file = _folder.Write("mint.json", Offers.Json(
            Offers.Valid("r1", "Robotik-AG", ("ageMin", 10), ("ageMax", 14)),
            Offers.Valid("r2", "Robotik für Erwachsene", ("ageMin", 18))));
        Assert.Equal(0, KnowledgeCommands.Import([file], _db, TextWriter.Null));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Search_Json_PrintsResultsWithSourceQualifiedIdTitleAndScore()
    {
        var output = new StringWriter();

        var exit = KnowledgeCommands.Search("robotik", age: 12, source: null, top: 5, json: true, _db, output);

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output.ToString());
        var result = Assert.Single(document.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal("mint:r1", result.GetProperty("id").GetString());
        Assert.Equal("Robotik-AG", result.GetProperty("title").GetString());
        Assert.True(result.GetProperty("score").GetDouble() > 0);
    }

    [Fact]
    public void Search_Text_PrintsRankedLines()
    {
        var output = new StringWriter();

        KnowledgeCommands.Search("robotik", age: null, source: "mint", top: 5, json: false, _db, output);

        Assert.Contains("mint:r1", output.ToString());
        Assert.Contains("mint:r2", output.ToString());
    }

    [Fact]
    public void Search_NothingRelevant_PrintsEmptyResults()
    {
        var output = new StringWriter();

        KnowledgeCommands.Search("quantenchromodynamik", null, null, 3, json: true, _db, output);

        Assert.Equal("""{"results":[]}""", output.ToString().Trim());
    }

    [Fact]
    public void Search_UnknownSource_FailsWithExitCodeTwo()
    {
        Assert.Equal(2, KnowledgeCommands.Search("robotik", null, "kino", 3, json: false, _db, TextWriter.Null));
    }
}
