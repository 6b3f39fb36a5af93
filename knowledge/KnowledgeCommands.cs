using System.Globalization;
using System.Text.Json;
using TrierBot.Knowledge.Import;
using TrierBot.Knowledge.Search;
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
        // No store is opened (its index of the old generation is of no use here); the index of the new generation
        // is written beside the store file before the import commits, so a running bot and the next start open it
        // instead of building one. Only the index side of the analysis is needed for that (no word lists).
        using var database = KnowledgeStore.OpenShared(dbPath);
        using var analysis = GermanAnalysis.Create(synonymsPath: null);
        var knowledge = new KnowledgeDatabase(database);
        var importer = new KnowledgeImporter(knowledge, output)
        {
            BeforeCommit = KnowledgeStore.PersistIndexBeforeCommit(knowledge, IndexFolder.ForStore(dbPath), analysis),
        };
        var report = importer.Run(paths);
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
