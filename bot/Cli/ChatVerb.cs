using System.CommandLine;
using Microsoft.Bot.Builder;

namespace TrierBot.Cli;

/// <summary><c>chat [--db FILE]</c>: talk to the bot on stdin/stdout, one message a line.</summary>
public static class ChatVerb
{
    public static Command Create()
    {
        var db = CliOptions.Database();
        var command = new Command("chat", "Gespräch mit dem Bot im Terminal, eine Nachricht pro Zeile.") { db };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            // Logs would interleave with the conversation on the terminal.
            var app = Program.BuildWebApp([.. CliOptions.HostArgs(parsed.GetValue(db)), "--Logging:LogLevel:Default=Warning"]);
            var adapter = new ConsoleChatAdapter(app.Services.GetServices<IMiddleware>(), parsed.InvocationConfiguration.Output);
            await adapter.RunAsync(app.Services.GetRequiredService<IBot>(), Console.In, cancellationToken);
            return 0;
        });
        return command;
    }
}
