using System.Globalization;
using System.Text.Json;
using TrierBot.Knowledge.Import;
using TrierBot.Knowledge.Storage;

namespace TrierBot.Knowledge;

/// <summary>The <c>import</c> and <c>search</c> verbs of the command line (bot-contract.md §4), usable on any store file.</summary>
public static class KnowledgeCommands
{
    /// <returns>0 all imported, 1 some record rejected, 2 nothing imported.</returns>
    public static int Import(IReadOnlyList<string> paths, string dbPath, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(output);
        if (paths.Count == 0)
        {
            output.WriteLine("Bitte mindestens eine Datei oder einen Ordner angeben: import <pfad>... [--db DATEI]");
            return 2;
        }
        output.WriteLine($"Import nach {dbPath} …");
        // Only the database is opened: this process searches nothing, so building a search index here would
        // only cost time. A running bot notices the new catalog generation and rebuilds its own index.
        using var database = KnowledgeStore.OpenShared(dbPath);
        var report = new KnowledgeImporter(new KnowledgeDatabase(database), output).Run(paths);
        ImportReportPrinter.Print(report, output);
        return report.ExitCode;
    }

    /// <returns>0 after printing the results (also when there are none), 2 on an unknown source.</returns>
    public static int Search(string text, int? age, string? source, int top, bool json, string dbPath, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (source is not null && !KnowledgeSources.All.Contains(source, StringComparer.OrdinalIgnoreCase))
        {
            output.WriteLine($"Unbekannte Quelle „{source}“. Erlaubt: {string.Join(", ", KnowledgeSources.All)}");
            return 2;
        }
        using var store = new KnowledgeStore(dbPath);
        var hits = store.Search(new SearchQuery
        {
            Text = text ?? "",
            Age = age,
            Sources = source is null ? [] : [source.ToLowerInvariant()],
            Top = top > 0 ? top : 5,
        });
        if (json)
        {
            var results = hits.Select(h => new { id = h.Key, title = h.Record.DisplayTitle, score = h.Score });
            output.WriteLine(JsonSerializer.Serialize(new { results }));
            return 0;
        }
        if (hits.Count == 0)
        {
            output.WriteLine("Keine passenden Einträge gefunden.");
            return 0;
        }
        foreach (var (hit, rank) in hits.Select((h, i) => (h, i + 1)))
            output.WriteLine($"{rank,2}. {hit.Score.ToString("0.00", CultureInfo.InvariantCulture),7}  {hit.Key,-22} {hit.Record.DisplayTitle}");
        return 0;
    }
}
