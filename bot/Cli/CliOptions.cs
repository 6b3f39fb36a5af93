using System.CommandLine;

namespace TrierBot.Cli;

/// <summary>Options several verbs share.</summary>
public static class CliOptions
{
    /// <summary><c>--db FILE</c>: the knowledge store; default <c>Knowledge:DatabasePath</c>.</summary>
    public static Option<string?> Database() => new("--db") { Description = "Wissensspeicher (LiteDB-Datei); Standard: Knowledge:DatabasePath" };

    /// <summary>Host configuration arguments that point the host at another knowledge store.</summary>
    public static string[] HostArgs(string? database) =>
        database is null ? [] : [$"--Knowledge:DatabasePath={Path.GetFullPath(database)}"];
}
