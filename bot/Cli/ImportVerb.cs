using System.CommandLine;
using TrierBot.Knowledge;

namespace TrierBot.Cli;

/// <summary><c>import &lt;path&gt;... [--db FILE]</c>: files or folders per knowledge-import.md; exit 0, 1 (records rejected) or 2 (nothing imported).</summary>
public static class ImportVerb
{
    public static Command Create(IConfiguration configuration)
    {
        var paths = new Argument<string[]>("path") { Description = "Dateien oder Ordner", Arity = ArgumentArity.OneOrMore };
        var db = CliOptions.Database();
        var command = new Command("import", "Importiert Exporte der Programmdatenbanken in den Wissensspeicher.") { paths, db };
        command.SetAction(parsed => KnowledgeCommands.Import(
            parsed.GetValue(paths)!, CliOptions.DatabasePath(parsed.GetValue(db), configuration), parsed.InvocationConfiguration.Output));
        return command;
    }
}
