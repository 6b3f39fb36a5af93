using System.Text.Json;
using TrierBot.Cli;

namespace TrierBot.Bot.Tests;

/// <summary>The <c>import</c> and <c>search</c> verbs as bot-contract.md §4 defines them, on a store file of the test's own.</summary>
public sealed class KnowledgeVerbTests : IDisposable
{
    private readonly string _folder = LoopbackHost.NewDataFolder();

    private string Db => Path.Combine(_folder, "store.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Import_AllRecordsValid_Exits0AndSearchFindsThem()
    {
        var file = Write("mint.json", """[{"id":"M1","title":"Roboter bauen mit Lego","description":"Wir bauen und programmieren Roboter.","provider":"Beispiel-Verein (Beispieldaten)","ageMin":10,"ageMax":14}]""");

        var (exit, _) = await RunAsync("import", file, "--db", Db);
        var (searchExit, json) = await RunAsync("search", "robotik", "--age", "12", "--json", "--db", Db);

        Assert.Equal(0, exit);
        Assert.Equal(0, searchExit);
        var results = JsonDocument.Parse(json).RootElement.GetProperty("results");
        Assert.Equal("mint:M1", results[0].GetProperty("id").GetString());
        Assert.Equal("Roboter bauen mit Lego", results[0].GetProperty("title").GetString());
        Assert.True(results[0].GetProperty("score").GetDouble() > 0);
    }

    [Fact]
    public async Task Import_SomeRecordRejected_Exits1()
    {
        var file = Write("kurse.jsonl",
            """{"id":"K1","title":"Englisch für den Alltag","description":"Kurs","provider":"Beispiel-VHS"}""" + "\n" +
            """{"id":"K2","title":"ohne Anbieter","description":"fehlt"}""" + "\n");

        var (exit, output) = await RunAsync("import", file, "--db", Db);

        Assert.Equal(1, exit);
        Assert.Contains("provider", output);
    }

    [Fact]
    public async Task Import_NothingImportable_Exits2()
    {
        var file = Write("apag.json", "{ kaputt");

        var (exit, _) = await RunAsync("import", file, "--db", Db);

        Assert.Equal(2, exit);
    }

    [Fact]
    public async Task Search_NoMatchOnEmptyStore_PrintsEmptyJsonResults()
    {
        var (exit, json) = await RunAsync("search", "praktikum", "--json", "--db", Db);

        Assert.Equal(0, exit);
        Assert.Equal(0, JsonDocument.Parse(json).RootElement.GetProperty("results").GetArrayLength());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, new StringWriter());
        return (exit, output.ToString());
    }
}
