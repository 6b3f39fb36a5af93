using System.Diagnostics;
using LiteDB;
using TrierBot.Knowledge;

namespace TrierBot.Benchmarks;

/// <summary>
/// Knowledge store: import throughput for 100,000 generated offers (next to LiteDB's bare bulk insert of the
/// same records), and search latency p50/p99 over 100,000 offers with filters, next to a raw Lucene query on the
/// same index (no query understanding, filters or threshold) and a naive LiteDB full-scan Contains search.
/// </summary>
public sealed class KnowledgeBenchmark : IBenchmark
{
    private const int ImportSize = 100_000;
    private const int SearchSize = 100_000;
    private const int SearchRuns = 2_000;
    /// <summary>The full scan takes tens of milliseconds a query at this size: fewer runs give the same percentiles.</summary>
    private const int FullScanRuns = 200;

    private static readonly string[] Topics =
    [
        "Robotik", "Programmieren", "Praktikum", "Ausbildung", "Lesen", "Schreiben", "Rechnen", "Mathematik", "Sternwarte",
        "Chemie", "Physik", "Bewerbung", "Pflege", "Handwerk", "Englisch", "Deutsch", "Computer", "Smartphone", "Kita", "Studium",
    ];
    private static readonly string[] Kinds = ["Kurs", "Workshop", "AG", "Camp", "Treff", "Infoabend", "Messe", "Schnuppertag"];
    private static readonly string[] Queries =
    [
        "robotik", "pratikum", "programmieren lernen", "lesen und schreiben", "mathe", "ausbildungsmesse", "coden",
        "bewerbung hilfe", "sterne", "englisch kurs", "computer anfänger", "chemie experimente", "kita praktikum", "internship",
    ];

    public string Name => "knowledge";

    public Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "trierbot-knowledge-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            MeasureImport(folder, output);
            MeasureSearch(folder, output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        return Task.CompletedTask;
    }

    private static void MeasureImport(string folder, TextWriter output)
    {
        var offers = Generate(ImportSize);
        var file = Path.Combine(folder, "kurse.jsonl");
        File.WriteAllLines(file, offers.Select(o => System.Text.Json.JsonSerializer.Serialize(o)));

        var clock = Stopwatch.StartNew();
        var exit = KnowledgeCommands.Import([file], Path.Combine(folder, "import.db"), TextWriter.Null);
        if (exit != 0) throw new InvalidOperationException($"import ended with exit code {exit}");
        var ours = clock.Elapsed;

        clock.Restart();
        using (var store = new KnowledgeStore(Path.Combine(folder, "import.db")))
        {
            if (store.Count != ImportSize) throw new InvalidOperationException($"store holds {store.Count} of {ImportSize}");
        }
        var rebuild = clock.Elapsed;

        // Baseline: LiteDB alone inserting the same records as plain documents (no parsing, validation or index).
        clock.Restart();
        using (var database = new LiteDatabase(new LiteDB.ConnectionString { Filename = Path.Combine(folder, "baseline.db"), Connection = ConnectionType.Shared }))
        {
            database.GetCollection("offers").InsertBulk(offers.Select(ToDocument), batchSize: 5000);
        }
        var baseline = clock.Elapsed;

        output.WriteLine($"import {ImportSize:N0} offers (import CLI: JSONL file → validated records in a LiteDB shared file)");
        output.WriteLine($"  ours:     {ImportSize / ours.TotalSeconds,10:N0} records/s  ({ours.TotalSeconds:N1} s)");
        output.WriteLine($"  then the bot's index rebuild (load all + German Lucene index): {rebuild.TotalSeconds:N1} s");
        output.WriteLine($"  baseline: {ImportSize / baseline.TotalSeconds,10:N0} records/s  ({baseline.TotalSeconds:N1} s, bare LiteDB InsertBulk of ready documents)");
    }

    private static void MeasureSearch(string folder, TextWriter output)
    {
        var offers = Generate(SearchSize);
        var file = Path.Combine(folder, "mint.jsonl");
        File.WriteAllLines(file, offers.Select(o => System.Text.Json.JsonSerializer.Serialize(o)));
        using var memory = new LiteDatabase(new MemoryStream());
        using var store = new KnowledgeStore(memory);
        store.Import([file]);
        var collection = memory.GetCollection("naive");
        collection.InsertBulk(offers.Select(ToDocument));

        var now = new DateTime(2026, 11, 27);
        var ours = Measure(query => store.Search(new SearchQuery { Text = query, Top = 3, Now = now, Age = 14 }).Count, SearchRuns);
        // Baseline: Lucene alone on the same index — the analyzed words as optional terms, top 3, nothing else.
        var index = store.Index;
        var raw = Measure(query =>
        {
            var boolean = new Lucene.Net.Search.BooleanQuery();
            foreach (var term in index.Analyze(query).Select(g => g[0]).Distinct())
                boolean.Add(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("body", term)), Lucene.Net.Search.Occur.SHOULD);
            return boolean.Clauses.Count == 0 ? 0 : index.SearchRaw(boolean, 3);
        }, SearchRuns);
        // Baseline: what one writes without a search library: scan every document for the words.
        var naive = Measure(query =>
        {
            var words = query.Split(' ');
            return collection.Find(Query.Or(words.SelectMany(w => new[] { Query.Contains("title", w), Query.Contains("description", w) }).ToArray()))
                .Take(3).Count();
        }, FullScanRuns);

        output.WriteLine($"search over {SearchSize:N0} offers, {SearchRuns:N0} queries");
        output.WriteLine($"  ours (query understanding, German analysis, age filter, series): p50 {ours.P50:N3} ms   p99 {ours.P99:N3} ms");
        output.WriteLine($"  raw Lucene query on the same index (top 3, no filters):          p50 {raw.P50:N3} ms   p99 {raw.P99:N3} ms");
        output.WriteLine($"  baseline (LiteDB full-scan Contains):     p50 {naive.P50:N3} ms   p99 {naive.P99:N3} ms");
    }

    private static (double P50, double P99) Measure(Func<string, int> search, int runs)
    {
        foreach (var query in Queries) search(query); // warm-up: JIT and caches
        var times = new double[runs];
        var clock = new Stopwatch();
        for (var i = 0; i < runs; i++)
        {
            clock.Restart();
            search(Queries[i % Queries.Length]);
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return (times[runs / 2], times[(int)(runs * 0.99)]);
    }

    private static List<Dictionary<string, object>> Generate(int count)
    {
        var random = new Random(7);
        var offers = new List<Dictionary<string, object>>(count);
        for (var i = 0; i < count; i++)
        {
            var topic = Topics[random.Next(Topics.Length)];
            var other = Topics[random.Next(Topics.Length)];
            var kind = Kinds[random.Next(Kinds.Length)];
            var start = new DateTime(2027, 1, 1).AddDays(random.Next(360));
            offers.Add(new Dictionary<string, object>
            {
                ["id"] = $"g-{i}",
                ["title"] = $"{topic}-{kind} Nr. {i}",
                ["description"] = $"Ein generiertes Angebot rund um {topic} und {other} für die Messung (Beispieldaten).",
                ["provider"] = $"Anbieter {random.Next(200)} (Beispiel)",
                ["categories"] = new[] { topic },
                ["ageMin"] = random.Next(6, 18),
                ["ageMax"] = random.Next(18, 99),
                ["cost"] = random.Next(4) == 0 ? 0 : random.Next(5, 120),
                ["start"] = start.ToString("yyyy-MM-dd"),
                ["end"] = start.AddDays(random.Next(1, 120)).ToString("yyyy-MM-dd"),
            });
        }
        return offers;
    }

    private static BsonDocument ToDocument(Dictionary<string, object> offer) => new()
    {
        ["_id"] = (string)offer["id"],
        ["title"] = (string)offer["title"],
        ["description"] = (string)offer["description"],
        ["provider"] = (string)offer["provider"],
    };
}
