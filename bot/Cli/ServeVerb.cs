using System.CommandLine;

namespace TrierBot.Cli;

/// <summary><c>serve</c>: the web host on http://localhost:3978 unless configured otherwise.</summary>
public static class ServeVerb
{
    public static Command Create()
    {
        // Host options (--urls, --State:DatabasePath=…) pass through to ASP.NET Core's configuration.
        var command = new Command("serve", "Startet den Bot (http://localhost:3978).") { TreatUnmatchedTokensAsErrors = false };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var hostArgs = parsed.UnmatchedTokens.ToArray();
            var app = Program.BuildWebApp(hostArgs);
            if (!hostArgs.Any(a => a.StartsWith("--urls", StringComparison.Ordinal)) && string.IsNullOrEmpty(app.Configuration["urls"]) && string.IsNullOrEmpty(app.Configuration["ASPNETCORE_URLS"]))
            {
                app.Urls.Add("http://localhost:3978");
            }

            await app.RunAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
