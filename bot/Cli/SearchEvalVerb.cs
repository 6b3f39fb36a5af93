using System.CommandLine;
using TrierBot.Knowledge.Evaluation;

namespace TrierBot.Cli;

/// <summary><c>search-eval [--split dev|heldout] [--db FILE] [--queries FILE] [--curve] [--misses]</c>: search quality on a labelled query set.</summary>
public static class SearchEvalVerb
{
    public static Command Create()
    {
        var split = new Option<string?>("--split") { Description = "nur dieser Teil der Anfragen (dev oder heldout)" };
        split.AcceptOnlyFromAmong("dev", "heldout");
        var db = new Option<string?>("--db") { Description = "Wissensspeicher (LiteDB-Datei); Standard: die Demo-Daten, im Speicher geladen" };
        var queries = new Option<string?>("--queries") { Description = $"Anfragedatei; Standard: {SearchEvaluation.DefaultQueryFile} hier oder in einem Ordner darüber" };
        var curve = new Option<bool>("--curve") { Description = "zeigt, wie das Ergebnis auf dem dev-Teil von der Relevanzschwelle abhängt" };
        var misses = new Option<bool>("--misses") { Description = "listet jede falsch beantwortete Anfrage mit den ersten drei Treffern (für den dev-Teil)" };
        var now = new Option<DateTime?>("--now") { Description = "Stichtag (Standard: 2026-12-03, für den die Anfragen geschrieben sind); beendete Angebote zählen nicht" };
        var command = new Command("search-eval", "Bewertet die Suche auf einer beschrifteten Anfragesammlung.") { split, db, queries, curve, misses, now };
        command.SetAction(parsed => SearchEvaluation.Run(parsed.GetValue(queries), parsed.GetValue(split), parsed.GetValue(db) is { } file ? Path.GetFullPath(file) : null,
            parsed.GetValue(curve), parsed.GetValue(misses), parsed.GetValue(now), parsed.InvocationConfiguration.Output));
        return command;
    }
}
