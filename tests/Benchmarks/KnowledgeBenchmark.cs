using System.Diagnostics;
using LiteDB;
using TrierBot.Knowledge;

namespace TrierBot.Benchmarks;

/// <summary>
/// Knowledge store at 100,000 generated offers: the import command until the index is ready to search (next to
/// LiteDB's bare bulk insert of the same records); a restart of the bot process on that store until its first
/// answer (next to the same start on the demo data, and on the 100,000 without their persisted index); search
/// latency p50/p99 with filters on the persisted index, next to a raw Lucene query on the same index (no query
/// understanding, filters or threshold) and a naive LiteDB full-scan Contains search.
/// </summary>
public sealed class KnowledgeBenchmark : IBenchmark
{
    private const int ImportSize = 100_000;
    /// <summary>The search runs on the imported store: the same generated offers.</summary>
    private const int SearchSize = ImportSize;
    private const int SearchRuns = 2_000;
    /// <summary>The full scan takes up to seconds a query at this size (a word nothing contains reads every document): two rounds of the queries.</summary>
    private const int FullScanRuns = 28;
    private const string FirstMessage = "ich suche einen robotik kurs";

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

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "trierbot-knowledge-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            var store = MeasureImport(folder, output);
            await MeasureRestartAsync(folder, store, output, cancellationToken);
            MeasureSearch(store, output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <returns>The imported store file.</returns>
    private static string MeasureImport(string folder, TextWriter output)
    {
        var offers = Generate(ImportSize);
        var file = Path.Combine(folder, "kurse.jsonl");
        File.WriteAllLines(file, offers.Select(o => System.Text.Json.JsonSerializer.Serialize(o)));
        var storeFile = Path.Combine(folder, "stores", "knowledge.db");
        Directory.CreateDirectory(Path.GetDirectoryName(storeFile)!);

        // The import command writes the store and the new generation's search index; a store opened after it
        // (the bot noticing the import, or starting) opens that index: "ready to search" is the first answer.
        var clock = Stopwatch.StartNew();
        var exit = KnowledgeCommands.Import([file], storeFile, TextWriter.Null);
        if (exit != 0) throw new InvalidOperationException($"import ended with exit code {exit}");
        var import = clock.Elapsed;
        using (var store = new KnowledgeStore(storeFile))
        {
            if (store.Count != ImportSize) throw new InvalidOperationException($"store holds {store.Count} of {ImportSize}");
            if (store.Search(new SearchQuery { Text = "robotik" }).Count == 0) throw new InvalidOperationException("the imported store finds nothing");
        }
        var ready = clock.Elapsed;

        // Baseline: LiteDB alone inserting the same records as plain documents (no parsing, validation or index).
        clock.Restart();
        using (var database = new LiteDatabase(new LiteDB.ConnectionString { Filename = Path.Combine(folder, "baseline.db"), Connection = ConnectionType.Shared }))
        {
            database.GetCollection("offers").InsertBulk(offers.Select(ToDocument), batchSize: 5000);
        }
        var baseline = clock.Elapsed;

        output.WriteLine($"import {ImportSize:N0} offers (import command: JSONL file → validated records in a LiteDB shared file + the persisted search index)");
        output.WriteLine($"  ours, until the index answers: {ImportSize / ready.TotalSeconds,10:N0} records/s  ({ready.TotalSeconds:N1} s; the import command {import.TotalSeconds:N1} s of it)");
        output.WriteLine($"  baseline:                      {ImportSize / baseline.TotalSeconds,10:N0} records/s  ({baseline.TotalSeconds:N1} s, bare LiteDB InsertBulk of ready documents, no index)");
        return storeFile;
    }

    /// <summary>Starts the built bot (TrierBot.dll) as its own process and times it until it answers a first message.</summary>
    private static async Task MeasureRestartAsync(string folder, string storeFile, TextWriter output, CancellationToken cancellationToken)
    {
        var demo = Path.Combine(folder, "demo-store", "knowledge.db");
        Directory.CreateDirectory(Path.GetDirectoryName(demo)!);
        using (var store = new KnowledgeStore(demo)) store.EnsureDemoData();

        // The store's share of a start: the search command (a fresh process: open the store, answer, exit) on the
        // 100,000 offers, next to the same command on an empty store.
        var empty = Path.Combine(folder, "empty-store", "knowledge.db");
        var searchLarge = await TimeCommandAsync(folder, ["search", FirstMessage, "--db", storeFile], cancellationToken);
        var searchEmpty = await TimeCommandAsync(folder, ["search", FirstMessage, "--db", empty], cancellationToken);
        var large = await TimeToFirstAnswerAsync(folder, storeFile, cancellationToken);
        var small = await TimeToFirstAnswerAsync(folder, demo, cancellationToken);
        // The same start when the persisted index is gone (deleted, or a store from before it): the store is read and indexed.
        var copy = Path.Combine(folder, "no-index", "knowledge.db");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(storeFile, copy);
        var rebuilt = await TimeToFirstAnswerAsync(folder, copy, cancellationToken);

        output.WriteLine($"restart until the first answer (fresh processes, \"{FirstMessage}\")");
        output.WriteLine($"  ours, search command on {ImportSize:N0} offers (persisted index): {searchLarge.TotalSeconds,6:N1} s");
        output.WriteLine($"  baseline, search command on an empty store:                 {searchEmpty.TotalSeconds,6:N1} s");
        output.WriteLine("  the bot process (host, recognizer training with warm-up off, dialogs):");
        output.WriteLine($"    ours, {ImportSize:N0} offers, persisted index:             {large.TotalSeconds,6:N1} s");
        output.WriteLine($"    baseline, demo data ({KnowledgeStoreSize(demo)} records):                 {small.TotalSeconds,6:N1} s");
        output.WriteLine($"    {ImportSize:N0} offers, index deleted (rebuilt from the store): {rebuilt.TotalSeconds,6:N1} s");
    }

    private static async Task<TimeSpan> TimeCommandAsync(string folder, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TrierBot.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var reading = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var elapsed = clock.Elapsed;
        await Task.WhenAll(reading, errors);
        if (process.ExitCode != 0) throw new InvalidOperationException($"the search command ended with {process.ExitCode}: {await errors}");
        return elapsed;
    }

    private static int KnowledgeStoreSize(string storeFile)
    {
        using var store = new KnowledgeStore(storeFile);
        return store.Count;
    }

    private static async Task<TimeSpan> TimeToFirstAnswerAsync(string folder, string storeFile, CancellationToken cancellationToken)
    {
        var data = Path.Combine(folder, "bot-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(data);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = data, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "TrierBot.dll"), "serve", $"--urls=http://127.0.0.1:{port}",
            "--Logging:LogLevel:Default=Warning",
            $"--State:DatabasePath={Path.Combine(data, "state.db")}",
            $"--Knowledge:DatabasePath={storeFile}",
            $"--DirectLine:DatabasePath={Path.Combine(data, "directline.db")}",
            $"--Handoff:DatabasePath={Path.Combine(data, "handoff.db")}",
            $"--Channels:DatabasePath={Path.Combine(data, "channels.db")}",
            "--Understanding:WarmUpSeconds=0",
        })
        {
            start.ArgumentList.Add(arg);
        }
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        var body = new Newtonsoft.Json.Linq.JObject
        {
            ["type"] = "message", ["text"] = FirstMessage, ["locale"] = "de-DE", ["channelId"] = "test",
            ["from"] = new Newtonsoft.Json.Linq.JObject { ["id"] = "bench-user" },
            ["recipient"] = new Newtonsoft.Json.Linq.JObject { ["id"] = "trierbot" },
            ["conversation"] = new Newtonsoft.Json.Linq.JObject { ["id"] = "bench-" + port },
            ["deliveryMode"] = "expectReplies",
        }.ToString();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < TimeSpan.FromMinutes(3))
            {
                if (process.HasExited) throw new InvalidOperationException($"the bot process exited with {process.ExitCode}");
                try
                {
                    using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
                    using var response = await http.PostAsync("/api/messages", content, cancellationToken);
                    var text = await response.Content.ReadAsStringAsync(cancellationToken);
                    if (response.IsSuccessStatusCode && text.Contains("\"activities\"", StringComparison.Ordinal)) return clock.Elapsed;
                    throw new InvalidOperationException($"the bot answered {(int)response.StatusCode}: {text}");
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(20, cancellationToken); // not listening yet
                }
            }
            throw new TimeoutException("the bot did not answer within 3 minutes");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(cancellationToken);
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void MeasureSearch(string storeFile, TextWriter output)
    {
        using var store = new KnowledgeStore(storeFile);
        using var memory = new LiteDatabase(new MemoryStream());
        var collection = memory.GetCollection("naive");
        collection.InsertBulk(Generate(SearchSize).Select(ToDocument));

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

        output.WriteLine($"search over {SearchSize:N0} offers (the persisted index of the import above), {SearchRuns:N0} queries");
        output.WriteLine($"  ours (query understanding, German analysis, age filter, series): p50 {ours.P50:N3} ms   p99 {ours.P99:N3} ms");
        output.WriteLine($"  raw Lucene query on the same index (top 3, no filters):          p50 {raw.P50:N3} ms   p99 {raw.P99:N3} ms");
        output.WriteLine($"  baseline (LiteDB full-scan Contains, {FullScanRuns} queries):            p50 {naive.P50:N3} ms   p99 {naive.P99:N3} ms");
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
