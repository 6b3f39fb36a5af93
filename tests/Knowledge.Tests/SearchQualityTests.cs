namespace TrierBot.Knowledge.Tests;

/// <summary>
/// Search quality over the demo data: a labelled set of queries written the way young people and adults
/// with low literacy type (search-quality.txt) must find a right answer among the first three hits.
/// </summary>
public sealed class SearchQualityTests(DemoStoreFixture demo) : IClassFixture<DemoStoreFixture>
{
    private const double RequiredHitRate = 0.9;

    [Fact]
    public void Search_LabelledEverydayQueries_HitAtThreeIsAtLeastNinetyPercent()
    {
        var cases = ReadCases();
        var misses = new List<string>();

        foreach (var (source, text, fragments) in cases)
        {
            var query = new SearchQuery { Text = text, Top = 3, Now = DemoStore.Today, Sources = source is null ? [] : [source] };
            var titles = demo.Store.Store.Search(query).Select(h => h.Record.DisplayTitle).ToList();
            if (!titles.Any(t => fragments.Any(f => t.Contains(f, StringComparison.OrdinalIgnoreCase))))
                misses.Add($"„{text}“ → [{string.Join(" | ", titles)}]");
        }

        var hitRate = 1.0 - (double)misses.Count / cases.Count;
        Assert.True(cases.Count >= 60, $"only {cases.Count} labelled queries");
        Assert.True(hitRate >= RequiredHitRate, $"hit@3 = {hitRate:P1}; misses:\n{string.Join("\n", misses)}");
    }

    private static List<(string? Source, string Text, string[] Fragments)> ReadCases()
    {
        var cases = new List<(string?, string, string[])>();
        foreach (var raw in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "search-quality.txt")))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            string? source = null;
            if (line.StartsWith('['))
            {
                source = line[1..line.IndexOf(']')];
                line = line[(line.IndexOf(']') + 1)..].Trim();
            }
            var parts = line.Split("=>", 2, StringSplitOptions.TrimEntries);
            cases.Add((source, parts[0], parts[1].Split('|', StringSplitOptions.TrimEntries)));
        }
        return cases;
    }
}
