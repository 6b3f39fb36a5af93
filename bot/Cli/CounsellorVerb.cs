using System.CommandLine;
using TrierBot.Handoff;

namespace TrierBot.Cli;

/// <summary>
/// <c>counsellor add &lt;login&gt; --teams Grundbildung,MINT [--name "…"] [--password …]</c> (without <c>--password</c>
/// a prompt on stderr, hidden input at a terminal, the first line of stdin from a pipe), <c>counsellor list</c>, <c>counsellor remove &lt;login&gt;</c>: console accounts in <c>Handoff:DatabasePath</c>.
/// </summary>
public static class CounsellorVerb
{
    public static Command Create(IConfiguration configuration)
    {
        var command = new Command("counsellor", "Konten für die Beratungskonsole (/counsellor) anlegen, auflisten, löschen.");
        command.Subcommands.Add(Add(configuration));
        command.Subcommands.Add(List(configuration));
        command.Subcommands.Add(Remove(configuration));
        return command;
    }

    private static Option<string?> DatabaseOption() => new("--handoff-db") { Description = "Hand-off-Datenbank; Standard: Handoff:DatabasePath" };

    private static Command Add(IConfiguration configuration)
    {
        var login = new Argument<string>("login") { Description = "Login (ohne Leerzeichen)" };
        var teams = new Option<string>("--teams") { Description = $"Teams, durch Komma getrennt: {string.Join(",", HandoffTeams.All)} (ohne Team nur mit --monitoring)" };
        var monitoring = new Option<bool>("--monitoring") { Description = "darf das Bildungsmonitoring (/monitoring) sehen" };
        var name = new Option<string?>("--name") { Description = "Anzeigename im Chat, z. B. „Frau Beispiel“" };
        var password = new Option<string?>("--password") { Description = "Passwort (sonst Abfrage ohne Anzeige, aus einer Pipe die erste Zeile von stdin); besser nicht auf der Kommandozeile, sie landet in der Shell-History" };
        var db = DatabaseOption();
        var command = new Command("add", "Legt ein Konto an oder ersetzt es.") { login, teams, monitoring, name, password, db };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var error = parsed.InvocationConfiguration.Error;
            var secret = parsed.GetValue(password)
                ?? await PasswordPrompt.ReadAsync($"Passwort (mind. {CounsellorAccounts.MinimumPasswordLength} Zeichen): ", error, cancellationToken);
            using var store = OpenStore(parsed.GetValue(db), configuration);
            try
            {
                var account = new CounsellorAccounts(store).Save(parsed.GetValue(login)!, parsed.GetValue(name) ?? "", (parsed.GetValue(teams) ?? "").Split(','), secret, parsed.GetValue(monitoring));
                await output.WriteLineAsync($"Konto „{account.Id}“ ({account.DisplayName}) gespeichert, Teams: {string.Join(", ", account.Teams)}{(account.Monitoring ? "; Bildungsmonitoring" : "")}");
                return 0;
            }
            catch (ArgumentException ex)
            {
                await error.WriteLineAsync(ex.Message.Split(" (Parameter")[0]);
                return CommandLine.UsageError;
            }
        });
        return command;
    }

    private static Command List(IConfiguration configuration)
    {
        var db = DatabaseOption();
        var command = new Command("list", "Listet die Konten (ohne Passwörter).") { db };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var store = OpenStore(parsed.GetValue(db), configuration);
            foreach (var account in store.Accounts())
            {
                await parsed.InvocationConfiguration.Output.WriteLineAsync($"{account.Id}\t{account.DisplayName}\t{string.Join(",", account.Teams)}{(account.Monitoring ? "\tmonitoring" : "")}");
            }

            return 0;
        });
        return command;
    }

    private static Command Remove(IConfiguration configuration)
    {
        var login = new Argument<string>("login");
        var db = DatabaseOption();
        var command = new Command("remove", "Löscht ein Konto.") { login, db };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var store = OpenStore(parsed.GetValue(db), configuration);
            var removed = store.DeleteAccount(parsed.GetValue(login)!);
            await parsed.InvocationConfiguration.Output.WriteLineAsync(removed ? "Konto gelöscht." : "Kein solches Konto.");
            return removed ? 0 : 1;
        });
        return command;
    }

    // The configured path (appsettings, Handoff__DatabasePath) unless --handoff-db names another; no web host is started.
    private static HandoffStore OpenStore(string? database, IConfiguration configuration) =>
        new(database ?? configuration[$"{HandoffOptions.SectionName}:{nameof(HandoffOptions.DatabasePath)}"] ?? new HandoffOptions().DatabasePath);
}
