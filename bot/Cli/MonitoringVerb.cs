using System.CommandLine;
using System.Text.Json;
using TrierBot.Monitoring;

namespace TrierBot.Cli;

/// <summary>
/// <c>monitoring export [--from YYYY-MM] [--to YYYY-MM] [--by topic,district,…] [--json|--csv]</c> with the page's
/// suppression, and <c>monitoring demo [--remove]</c>: a generated demo year in <c>Monitoring:DatabasePath</c> (docs/monitoring.md).
/// </summary>
public static class MonitoringVerb
{
    public static Command Create(IConfiguration configuration)
    {
        var command = new Command("monitoring", "Bildungsmonitoring: anonyme Nachfrage exportieren, Demo-Daten erzeugen.");
        command.Subcommands.Add(Export(configuration));
        command.Subcommands.Add(Demo(configuration));
        return command;
    }

    private static Option<string?> DatabaseOption() => new("--monitoring-db") { Description = "Monitoring-Datenbank; Standard: Monitoring:DatabasePath" };

    private static Command Export(IConfiguration configuration)
    {
        var from = new Option<string?>("--from") { Description = "erster Monat, JJJJ-MM" };
        var to = new Option<string?>("--to") { Description = "letzter Monat, JJJJ-MM" };
        var by = new Option<string>("--by") { Description = $"aufschlüsseln nach, durch Komma getrennt: {string.Join(",", DemandDimensions.All)}", DefaultValueFactory = _ => "topic" };
        var json = new Option<bool>("--json") { Description = "JSON (Standard)" };
        var csv = new Option<bool>("--csv") { Description = "CSV mit Semikolon" };
        var db = DatabaseOption();
        var command = new Command("export", "Exportiert die Nachfrage; Zellen unter Monitoring:MinCell Suchen fehlen.") { from, to, by, json, csv, db };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var error = parsed.InvocationConfiguration.Error;
            if (parsed.GetValue(json) && parsed.GetValue(csv))
            {
                await error.WriteLineAsync("Bitte nur eines: --json oder --csv.");
                return CommandLine.UsageError;
            }

            if (MonthRange.TryParse(parsed.GetValue(from), parsed.GetValue(to), out var problem) is not { } range)
            {
                await error.WriteLineAsync(problem);
                return CommandLine.UsageError;
            }

            var dimensions = new List<string>();
            foreach (var name in parsed.GetValue(by)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (DemandDimensions.Normalize(name) is not { } dimension)
                {
                    await error.WriteLineAsync($"Unbekannte Aufschlüsselung „{name}“. Möglich: {string.Join(", ", DemandDimensions.All)}");
                    return CommandLine.UsageError;
                }

                if (!dimensions.Contains(dimension)) dimensions.Add(dimension);
            }

            var options = Options(configuration);
            using var store = new LiteDbDemandStore(parsed.GetValue(db) ?? options.DatabasePath);
            var table = DemandTable.Build(store.Read(range.From, range.To), dimensions, options.EffectiveMinCell);
            await output.WriteAsync(parsed.GetValue(csv)
                ? DemandExport.ToCsv(table)
                : DemandExport.ToJson(table, download: true).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + Environment.NewLine);
            return 0;
        });
        return command;
    }

    private static Command Demo(IConfiguration configuration)
    {
        var remove = new Option<bool>("--remove") { Description = "entfernt die Demo-Daten wieder" };
        var seed = new Option<int>("--seed") { Description = "Startwert des Zufallsgenerators", DefaultValueFactory = _ => 17 };
        var db = DatabaseOption();
        var command = new Command("demo", "Füllt ein erfundenes Jahr Nachfrage ein (als Demo markiert; ersetzt frühere Demo-Daten).") { remove, seed, db };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            using var store = new LiteDbDemandStore(parsed.GetValue(db) ?? Options(configuration).DatabasePath);
            var removed = store.RemoveDemo();
            if (parsed.GetValue(remove))
            {
                await output.WriteLineAsync($"Demo-Daten entfernt ({removed} Zählungen).");
                return 0;
            }

            var last = DateOnly.FromDateTime(DateTime.Now);
            var changes = DemandDemo.Generate(new DateOnly(last.Year, last.Month, 1), parsed.GetValue(seed));
            store.Apply(changes);
            await output.WriteLineAsync($"{changes.Sum(c => c.Delta)} erfundene Suchen von {changes.Min(c => c.Record.Month)} bis {changes.Max(c => c.Record.Month)} gespeichert, als Demo markiert.");
            return 0;
        });
        return command;
    }

    private static MonitoringOptions Options(IConfiguration configuration)
        => configuration.GetSection(MonitoringOptions.SectionName).Get<MonitoringOptions>() ?? new MonitoringOptions();
}
