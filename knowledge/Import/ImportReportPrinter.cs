namespace TrierBot.Knowledge.Import;

/// <summary>The summary table and problem list an import prints for the people who maintain the data.</summary>
public static class ImportReportPrinter
{
    private const int MaxProblemsShown = 100;

    public static void Print(ImportReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine();
        output.WriteLine($"{"Quelle",-10} {"gelesen",9} {"übernommen",11} {"abgelehnt",10}  Stand       Dateien");
        output.WriteLine(new string('-', 78));
        foreach (var source in report.Sources)
        {
            var state = source.Replaced ? "ersetzt" : "unverändert";
            output.WriteLine($"{source.Source,-10} {source.Read,9:N0} {source.Imported,11:N0} {source.Rejected,10:N0}  {state,-11} {string.Join(", ", source.Files)}");
        }
        output.WriteLine(new string('-', 78));
        output.WriteLine($"{"gesamt",-10} {report.Sources.Sum(s => s.Read),9:N0} {report.Imported,11:N0} {report.Sources.Sum(s => s.Rejected),10:N0}");
        if (report.Problems.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"Nicht übernommen ({report.Problems.Count:N0}):");
            foreach (var problem in report.Problems.Take(MaxProblemsShown)) output.WriteLine($"  {problem}");
            if (report.Problems.Count > MaxProblemsShown) output.WriteLine($"  … und {report.Problems.Count - MaxProblemsShown:N0} weitere");
        }
        output.WriteLine();
        output.WriteLine(report.ExitCode switch
        {
            0 => "Import abgeschlossen: alle Datensätze übernommen.",
            1 => "Import abgeschlossen, aber nicht alle Datensätze wurden übernommen (siehe oben).",
            _ => "Nichts importiert: der Wissensspeicher ist unverändert.",
        });
    }
}
