namespace TrierBot.Knowledge.Import;

/// <summary>The outcome of one import run (what the CLI prints and turns into its exit code).</summary>
public sealed record ImportReport(IReadOnlyList<ImportSourceSummary> Sources, IReadOnlyList<ImportProblem> Problems)
{
    public int Imported => Sources.Sum(s => s.Imported);
    public int Rejected => Problems.Count;

    /// <summary>bot-contract.md §4: 0 all imported, 1 something was rejected, 2 nothing could be imported.</summary>
    public int ExitCode => Imported == 0 ? 2 : Problems.Count > 0 ? 1 : 0;
}
