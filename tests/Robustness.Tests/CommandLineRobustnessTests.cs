using System.Text.Json;
using TrierBot.Cli;
using TrierBot.Knowledge;

namespace TrierBot.Robustness.Tests;

/// <summary>The hostile texts through the command line: the <c>search</c> verb and a <c>chat</c> on stdin, in process.</summary>
public sealed class CommandLineRobustnessTests : IDisposable
{
    private const int InputsPerNormalMessage = 25;
    private const int TextsPerSearch = 16;

    private readonly ITestOutputHelper _output;
    private readonly string _folder = Directory.CreateTempSubdirectory("trierbot-robust-cli-").FullName;
    private readonly string _db;

    public CommandLineRobustnessTests(ITestOutputHelper output)
    {
        _output = output;
        _db = Path.Combine(_folder, "knowledge.db");
        using var store = new KnowledgeStore(_db);
        store.EnsureDemoData();
    }

    [Fact]
    public async Task Search_HostileTexts_ExitZeroWithJsonAndNormalSearchFinds()
    {
        var report = new RobustnessReport("search verb");
        // Each invocation opens the store (~0.2 s): a few hostile texts share one, as words of one search text.
        foreach (var batch in HostileCorpus.Texts.Chunk(TextsPerSearch))
        {
            foreach (var _ in batch) report.Count();
            var name = $"{batch[0].Name} … {batch[^1].Name}";
            var (exit, json, error) = await SearchAsync([.. batch.Select(i => i.Text!)]);
            if (exit != 0) report.Fail(name, $"exit {exit}: {MessagesEndpointRobustnessTests.Shorten(error)}");
            else if (!IsResultsJson(json)) report.Fail(name, "no results JSON: " + MessagesEndpointRobustnessTests.Shorten(json));
        }

        var (normalExit, normalJson, _) = await SearchAsync(["praktikum"]);
        Assert.Equal(0, normalExit);
        Assert.NotEqual(0, JsonDocument.Parse(normalJson).RootElement.GetProperty("results").GetArrayLength());
        report.AssertNoFailures(_output);
    }

    [Fact]
    public async Task Chat_HostileLinesOnStdin_NoApologyAndNormalMessageAnswered()
    {
        var report = new RobustnessReport("chat verb");
        var lines = new List<string>();
        foreach (var batch in HostileCorpus.Texts.Chunk(InputsPerNormalMessage))
        {
            // one message a line: a line break in an input starts the next message
            lines.AddRange(batch.Select(i => i.Text!.Replace('\n', ' ').Replace('\r', ' ')));
            lines.Add(MessagesEndpointRobustnessTests.NormalMessage);
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var stdin = new ChatInput(lines, output);
        var previousIn = Console.In;
        int exit;
        using (ChatStores())
        {
            Console.SetIn(stdin);
            try
            {
                exit = await CommandLine.RunAsync(["chat", "--db", _db], output, error);
            }
            finally
            {
                Console.SetIn(previousIn);
            }
        }

        Assert.True(exit == 0, $"exit {exit}: {error}");
        foreach (var (line, answer) in stdin.Answers)
        {
            report.Count();
            if (RobustnessReport.IsApology(answer)) report.Fail(Preview(line), "apology");
            else if (line == MessagesEndpointRobustnessTests.NormalMessage && !answer.Contains("Bot: ", StringComparison.Ordinal)) report.Fail(line, "no answer");
        }

        Assert.Equal(lines.Count, stdin.Answers.Count);
        report.AssertNoFailures(_output);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private async Task<(int Exit, string Json, string Error)> SearchAsync(string[] texts)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        // "--": a text such as "-1" is the search text, not an option
        var exit = await CommandLine.RunAsync(["search", "--json", "--db", _db, "--", .. texts], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static bool IsResultsJson(string json)
    {
        try
        {
            return JsonDocument.Parse(json).RootElement.GetProperty("results").ValueKind == JsonValueKind.Array;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // The chat verb's stores other than knowledge follow the configuration: point them into the test folder.
    private EnvironmentScope ChatStores() => new(new Dictionary<string, string>
    {
        ["State__DatabasePath"] = Path.Combine(_folder, "state.db"),
        ["DirectLine__DatabasePath"] = Path.Combine(_folder, "directline.db"),
        ["Handoff__DatabasePath"] = Path.Combine(_folder, "handoff.db"),
        ["Channels__DatabasePath"] = Path.Combine(_folder, "channels.db"),
        ["Understanding__WarmUpSeconds"] = "0",
    });

    private static string Preview(string line) => line.Length > 40 ? line[..40] + "…" : line;
}
