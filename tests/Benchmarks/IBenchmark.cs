namespace TrierBot.Benchmarks;

/// <summary>One benchmark: measures our figure and a baseline in the same run and prints both.</summary>
public interface IBenchmark
{
    /// <summary>Short name to pick it on the command line, e.g. "turns".</summary>
    string Name { get; }

    Task RunAsync(TextWriter output, CancellationToken cancellationToken);
}
