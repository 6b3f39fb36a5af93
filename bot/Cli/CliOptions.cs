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

    /// <summary>The knowledge store a verb works on: <c>--db</c>, else <c>Knowledge:DatabasePath</c> (appsettings, environment).</summary>
    public static string DatabasePath(string? database, IConfiguration configuration) =>
        Path.GetFullPath(database ?? configuration["Knowledge:DatabasePath"] ?? Path.Combine("data", "knowledge.db"));

    /// <summary>The host's configuration sources without the host: appsettings.json in the working directory and the environment.</summary>
    public static IConfiguration Configuration() => new ConfigurationBuilder()
        .SetBasePath(Directory.GetCurrentDirectory())
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();
}
