using System.Globalization;
using System.Text.Json;
using LiteDatabase = LiteDB.LiteDatabase;

namespace TrierBot.Knowledge.Evaluation;

/// <summary>
/// The <c>search-eval</c> verb (docs/search-evaluation.md): runs a labelled query set against a store and prints
/// hit@3, MRR and the honest-empty rate per split and per group, ours next to a naive BM25 baseline; with
/// <c>--curve</c> also how the objective on the dev split moves with the relevance threshold.
/// </summary>
public static class SearchEvaluation
{
    public const string DefaultQueryFile = "tests/Evaluation/queries.json";

    /// <summary>The "today" the query set was written for (tests/Evaluation/README.md): which offers have ended depends on it.</summary>
    public static readonly DateTime DefaultNow = new(2026, 12, 3, 12, 0, 0);
    private const string AllGroups = "(alle)";
    private static readonly double[] CurveMinScores = [0, 1, 1.5, 2, 3, 4, 6];
    private static readonly double[] CurveMinCoverages = [0, 0.25, 0.34, 0.4, 0.5, 0.6, 0.67, 0.75, 1];

    /// <summary>The query file: the given path, else <see cref="DefaultQueryFile"/> in the working directory or a folder above it.</summary>
    public static string? LocateQueries(string? path)
    {
        if (path is not null) return File.Exists(path) ? Path.GetFullPath(path) : null;
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, DefaultQueryFile);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    public static IReadOnlyList<EvaluationQuery> Load(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<List<EvaluationQuery>>(stream)
            ?? throw new InvalidDataException($"{path} holds no query list.");
    }

    /// <returns>0 after printing; 2 when the query file or the split is missing or unreadable.</returns>
    public static int Run(string? queriesPath, string? split, string? dbPath, bool curve, bool misses, DateTime? now, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (LocateQueries(queriesPath) is not { } path)
        {
            output.WriteLine($"Anfragedatei nicht gefunden: {queriesPath ?? DefaultQueryFile} (--queries DATEI).");
            return 2;
        }
        IReadOnlyList<EvaluationQuery> queries;
        try
        {
            queries = Load(path);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or IOException)
        {
            output.WriteLine($"Anfragedatei {path} ist nicht lesbar: {e.Message}");
            return 2;
        }
        var selected = queries.Where(q => split is null || string.Equals(q.Split, split, StringComparison.OrdinalIgnoreCase)).ToList();
        if (selected.Count == 0)
        {
            output.WriteLine($"Keine Anfragen{(split is null ? "" : $" im Teil „{split}“")} in {path}.");
            return 2;
        }

        using var memory = dbPath is null ? new LiteDatabase(new MemoryStream()) : null;
        using var store = memory is not null ? new KnowledgeStore(memory) : new KnowledgeStore(dbPath!);
        if (memory is not null) store.Import([KnowledgeStore.DemoDataFolder]);
        var pinnedNow = now ?? DefaultNow;
        var options = store.Options;
        output.WriteLine($"Suchbewertung: {selected.Count} Anfragen aus {path}");
        output.WriteLine($"Wissensspeicher: {(dbPath ?? "Demo-Daten (im Speicher)")}, {store.Count} Einträge; Stichtag {pinnedNow:yyyy-MM-dd}; " +
            $"Schwelle MinScore {Format(options.MinScore)}, RelativeCutoff {Format(options.RelativeCutoff)}, MinCoverage {Format(options.MinCoverage)}");
        output.WriteLine();

        using var baseline = new NaiveBm25Search(store.Records);
        var ours = Score(selected, q => Ours(store, q, pinnedNow, options.MinScore, options.RelativeCutoff, options.MinCoverage));
        var naive = Score(selected, q => baseline.Search(ToSearchQuery(q, pinnedNow), options.MinScore, options.RelativeCutoff)
            .Select(r => (IReadOnlyList<string>)[r.Key]).ToList());
        PrintTable(ours, naive, output);

        if (misses) PrintMisses(store, selected, pinnedNow, options, output);
        if (curve) PrintCurve(store, selected.Where(q => string.Equals(q.Split, "dev", StringComparison.OrdinalIgnoreCase)).ToList(), pinnedNow, options, output);
        return 0;
    }

    /// <summary>Our ranked results for one query, each as the keys of its series (one offer on several dates is one result).</summary>
    internal static IReadOnlyList<IReadOnlyList<string>> Ours(KnowledgeStore store, EvaluationQuery query, DateTime now, double minScore, double relativeCutoff, double minCoverage) =>
        store.Search(ToSearchQuery(query, now), minScore, relativeCutoff, minCoverage).Hits.Select(h => (IReadOnlyList<string>)h.SeriesKeys.ToList()).ToList();

    internal static SearchQuery ToSearchQuery(EvaluationQuery query, DateTime now) =>
        new() { Text = query.Query, Age = query.Age, Top = 10, Now = now, Sources = KnowledgeSources.Answers };

    /// <summary>Scores per (split, group); every query also counts in its split's "(alle)" row.</summary>
    internal static SortedDictionary<(string Split, string Group), EvaluationScore> Score(
        IEnumerable<EvaluationQuery> queries, Func<EvaluationQuery, IReadOnlyList<IReadOnlyList<string>>> search)
    {
        var scores = new SortedDictionary<(string, string), EvaluationScore>(Comparer<(string, string)>.Create((a, b) =>
        {
            var split = string.CompareOrdinal(a.Item1, b.Item1);
            if (split != 0) return split;
            if (a.Item2 == AllGroups || b.Item2 == AllGroups) return a.Item2 == b.Item2 ? 0 : a.Item2 == AllGroups ? -1 : 1;
            return string.CompareOrdinal(a.Item2, b.Item2);
        }));
        foreach (var query in queries)
        {
            var ranked = search(query);
            foreach (var group in query.Groups.Prepend(AllGroups).Distinct())
            {
                var key = (query.Split.ToLowerInvariant(), group);
                scores[key] = scores.GetValueOrDefault(key, EvaluationScore.Zero).Add(query, ranked);
            }
        }
        return scores;
    }

    private static void PrintTable(
        SortedDictionary<(string Split, string Group), EvaluationScore> ours,
        SortedDictionary<(string Split, string Group), EvaluationScore> naive, TextWriter output)
    {
        output.WriteLine($"{"Teil",-8} {"Gruppe",-16} {"n",4} {"antw.",5} | {"hit@3",6} {"MRR",6} {"ehrl.leer",9} | {"Basis: hit@3",12} {"MRR",6} {"ehrl.leer",9}");
        foreach (var ((split, group), score) in ours)
        {
            var b = naive[(split, group)];
            output.WriteLine($"{split,-8} {group,-16} {score.Queries,4} {score.Answerable,5} | {Rate(score.HitAtThree),6} {Rate(score.MeanReciprocalRank),6} {EmptyRate(score),9} | " +
                $"{Rate(b.HitAtThree),12} {Rate(b.MeanReciprocalRank),6} {EmptyRate(b),9}");
        }
        output.WriteLine();
        output.WriteLine("hit@3: richtiger Treffer unter den ersten drei (nur beantwortbare Anfragen); MRR: mittlerer Kehrwert des Rangs des ersten richtigen Treffers;");
        output.WriteLine("ehrl.leer: Anteil der Anfragen ohne passendes Angebot, auf die die Suche nichts zurückgibt (in Klammern: wie viele solche Anfragen).");
        output.WriteLine("Basis: Lucene-BM25 mit StandardAnalyzer über Titel und Beschreibung, gleiche Filter und gleiche Schwellenregel.");
    }

    /// <summary>Each query answered wrongly, with what came back: for looking at dev failures in detail.</summary>
    private static void PrintMisses(KnowledgeStore store, List<EvaluationQuery> queries, DateTime now, KnowledgeOptions options, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("Fehlgriffe:");
        foreach (var query in queries)
        {
            var outcome = store.Search(ToSearchQuery(query, now), options.MinScore, options.RelativeCutoff, options.MinCoverage);
            var ranked = outcome.Hits.Select(h => (IReadOnlyList<string>)h.SeriesKeys.ToList()).ToList();
            var right = query.Answerable ? ranked.Take(3).Any(query.IsExpected) : ranked.Count == 0;
            if (right) continue;
            output.WriteLine($"{query.Id} [{string.Join(",", query.Groups)}] „{query.Query}“{(query.Age is { } age ? $" (Alter {age})" : "")} " +
                $"erwartet: {(query.Answerable ? string.Join(" ", query.Expected) : "nichts")}{(outcome.GenericOnly ? " — nur allgemeine Wörter" : "")}");
            output.WriteLine($"     {store.Explain(query.Query)}");
            foreach (var hit in outcome.Hits.Take(3))
                output.WriteLine($"    {hit.Score.ToString("0.00", CultureInfo.InvariantCulture),6} {string.Join(",", hit.SeriesKeys),-30} {hit.Record.DisplayTitle}");
        }
    }

    private static void PrintCurve(KnowledgeStore store, List<EvaluationQuery> dev, DateTime now, KnowledgeOptions options, TextWriter output)
    {
        output.WriteLine();
        if (dev.Count == 0)
        {
            output.WriteLine("Schwellenkurve: keine dev-Anfragen ausgewählt.");
            return;
        }
        output.WriteLine($"Schwellenkurve auf dem dev-Teil ({dev.Count} Anfragen, RelativeCutoff {Format(options.RelativeCutoff)}): " +
            "Ziel = (richtiger Treffer unter den ersten drei + ehrlich leere Antwort) / Anfragen; in Klammern hit@3 / ehrlich leer");
        output.WriteLine($"{"MinCoverage",11} | " + string.Join(" ", CurveMinScores.Select(c => $"{"MinScore " + Format(c),-21}")));
        var best = (Objective: -1.0, MinScore: 0.0, Coverage: 0.0, Score: EvaluationScore.Zero);
        foreach (var coverage in CurveMinCoverages)
        {
            var cells = new List<string>();
            foreach (var minScore in CurveMinScores)
            {
                var score = dev.Aggregate(EvaluationScore.Zero, (s, q) => s.Add(q, Ours(store, q, now, minScore, options.RelativeCutoff, coverage)));
                cells.Add($"{Rate(score.Objective)} ({Rate(score.HitAtThree)}/{Rate(score.HonestEmptyRate)})");
                if (score.Objective > best.Objective + 1e-9) best = (score.Objective, minScore, coverage, score);
            }
            output.WriteLine($"{Format(coverage),11} | " + string.Join(" ", cells.Select(c => $"{c,-21}")));
        }
        output.WriteLine($"Bestes Ziel {Rate(best.Objective)} bei MinCoverage {Format(best.Coverage)}, MinScore {Format(best.MinScore)} " +
            $"(hit@3 {Rate(best.Score.HitAtThree)}, ehrlich leer {Rate(best.Score.HonestEmptyRate)}).");
    }

    private static string EmptyRate(EvaluationScore score) => score.Unanswerable == 0 ? "–" : $"{Rate(score.HonestEmptyRate)} ({score.Unanswerable})";

    private static string Rate(double value) => double.IsNaN(value) ? "–" : value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
