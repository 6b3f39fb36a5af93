using System.CommandLine;

namespace TrierBot.Cli;

/// <summary>The verbs of bot-contract.md §4. No verb runs the web host; a bad verb or argument exits with 2.</summary>
public static class CommandLine
{
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        // No verb (or only host options such as --urls): serve, as `dotnet run --project bot` expects.
        if (args.Length == 0 || args[0].StartsWith('-') && args[0] is not ("-h" or "--help" or "-?"))
        {
            args = ["serve", .. args];
        }

        var root = new RootCommand("TrierBot – der Chatbot des Bildungsbüros der Stadt Trier.");
        foreach (var verb in Verbs())
        {
            root.Subcommands.Add(verb);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors)
            {
                await error.WriteLineAsync(e.Message);
            }

            await error.WriteLineAsync();
            await error.WriteLineAsync(Usage(root));
            return UsageError;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    private static IEnumerable<Command> Verbs()
    {
        var configuration = CliOptions.Configuration();
        return
        [
            ServeVerb.Create(),
            ImportVerb.Create(configuration),
            SearchVerb.Create(configuration),
            SearchEvalVerb.Create(),
            ChatVerb.Create(),
            NluEvalVerb.Create(),
            EvalConversationsVerb.Create(),
            TelegramWebhookVerb.Create(),
            CounsellorVerb.Create(configuration),
            MonitoringVerb.Create(configuration),
        ];
    }

    private static string Usage(RootCommand root)
    {
        var lines = root.Subcommands.Select(c => $"  {c.Name,-18} {c.Description}");
        return "Aufruf: dotnet run --project bot -- <verb> [optionen]\n\nVerben:\n" + string.Join('\n', lines);
    }
}
