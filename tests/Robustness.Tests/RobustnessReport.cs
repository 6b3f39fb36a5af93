using System.Collections.Concurrent;

namespace TrierBot.Robustness.Tests;

/// <summary>Counts the inputs a surface was given and collects every failure, so one run reports all of them.</summary>
public sealed class RobustnessReport(string surface)
{
    /// <summary>Bot texts that mean a turn failed (the adapters' apologies).</summary>
    public static readonly string[] ApologyMarkers = ["schiefgelaufen", "went wrong"];

    /// <summary>A turn slower than this counts as a failure: a hostile message must not tie up the host.</summary>
    public static readonly TimeSpan SlowTurn = TimeSpan.FromSeconds(5);

    private readonly ConcurrentQueue<string> _failures = new();
    private int _tried;

    public int Tried => _tried;

    public IReadOnlyCollection<string> Failures => _failures;

    public static bool IsApology(string? text) =>
        text is not null && ApologyMarkers.Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase));

    public void Count() => Interlocked.Increment(ref _tried);

    public void Fail(string input, string what) => _failures.Enqueue($"{input}: {what}");

    public string Summary => $"{surface}: {_tried} inputs tried, {_failures.Count} failures" +
        string.Concat(_failures.Take(40).Select(f => "\n  " + f));

    public void AssertNoFailures(ITestOutputHelper output)
    {
        output.WriteLine(Summary);
        Assert.True(_failures.IsEmpty, Summary);
    }
}
