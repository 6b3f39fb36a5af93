using System.CommandLine;
using TrierBot.Knowledge;
using TrierBot.Understanding;

namespace TrierBot.Cli;

/// <summary><c>search &lt;text&gt; [--age N] [--source S] [--top K] [--json] [--db FILE]</c>: ranked results.</summary>
public static class SearchVerb
{
    public static Command Create(IConfiguration configuration)
    {
        var text = new Argument<string[]>("text") { Description = "Suchtext", Arity = ArgumentArity.OneOrMore };
        var age = new Option<int?>("--age") { Description = "Alter der Person, für die das Angebot ist" };
        var source = new Option<string?>("--source") { Description = "nur diese Quelle (retribus, apag, mint, kurse, beratung, faq, till)" };
        var top = new Option<int>("--top") { Description = "Anzahl der Treffer", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Ausgabe als JSON" };
        var db = CliOptions.Database();
        var command = new Command("search", "Sucht im Wissensspeicher.") { text, age, source, top, json, db };
        command.Validators.Add(r =>
        {
            if (r.GetResult(top) is { Implicit: false } && r.GetValue(top) < 1)
            {
                r.AddError("--top muss mindestens 1 sein.");
            }

            if (r.GetValue(age) is < 0 or > 120)
            {
                r.AddError("--age muss zwischen 0 und 120 liegen.");
            }
        });
        command.SetAction(parsed =>
        {
            var path = CliOptions.DatabasePath(parsed.GetValue(db), configuration);
            if (parsed.GetValue(db) is null)
            {
                // The default store is the one `serve` fills with the demo data on first start; do the same here.
                using var store = new KnowledgeStore(path);
                store.EnsureDemoData();
            }

            // the bot's own limit on what a search reads of one text (Lucene allows 1,024 clauses)
            var query = MessageLimits.ForSearch(string.Join(' ', parsed.GetValue(text)!));
            return KnowledgeCommands.Search(query, parsed.GetValue(age), parsed.GetValue(source),
                parsed.GetValue(top), parsed.GetValue(json), path, parsed.InvocationConfiguration.Output);
        });
        return command;
    }
}
