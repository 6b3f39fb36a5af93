using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Identity;
using TrierBot.Cli;

namespace TrierBot.Handoff.Tests;

/// <summary><c>counsellor add|list|remove</c> as an administrator runs it.</summary>
public sealed class CounsellorVerbTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), "trierbot-handoff-tests", Guid.NewGuid().ToString("N"), "handoff.db");

    public void Dispose()
    {
        try { Directory.Delete(Path.GetDirectoryName(_db)!, true); } catch (IOException) { }
    }

    [Fact]
    public async Task Add_WithTeamsAndPassword_AccountStoredWithHashedPasswordAndListed()
    {
        var (exit, output, _) = await RunAsync("counsellor", "add", "Anna", "--teams", "grundbildung,MINT", "--name", "Anna (Demo)", "--password", "ein-langes-passwort", "--handoff-db", _db);

        Assert.Equal(0, exit);
        Assert.Contains("Grundbildung, MINT", output);
        using (var store = new HandoffStore(_db))
        {
            var account = store.FindAccount("anna")!;
            Assert.Equal(["Grundbildung", "MINT"], account.Teams);
            Assert.DoesNotContain("ein-langes-passwort", account.PasswordHash);
            Assert.NotEqual(PasswordVerificationResult.Failed, new PasswordHasher<CounsellorAccount>().VerifyHashedPassword(account, account.PasswordHash, "ein-langes-passwort"));
        }

        var list = await RunAsync("counsellor", "list", "--handoff-db", _db);
        Assert.Contains("anna\tAnna (Demo)\tGrundbildung,MINT", list.Output);
        Assert.Equal(0, (await RunAsync("counsellor", "remove", "anna", "--handoff-db", _db)).Exit);
        Assert.DoesNotContain("anna", (await RunAsync("counsellor", "list", "--handoff-db", _db)).Output);
    }

    [Theory]
    [InlineData("Schach", "ein-langes-passwort", "Unbekanntes Team")]
    [InlineData("MINT", "kurz", "mindestens 10 Zeichen")]
    public async Task Add_BadTeamOrShortPassword_Exits2WithReason(string teams, string password, string reason)
    {
        var (exit, _, error) = await RunAsync("counsellor", "add", "ben", "--teams", teams, "--password", password, "--handoff-db", _db);

        Assert.Equal(CommandLine.UsageError, exit);
        Assert.Contains(reason, error);
    }

    [Fact]
    public async Task Add_PasswordFromPipe_PromptOnStderrAndPasswordNeverPrinted()
    {
        var start = BotCli("counsellor", "add", "carla", "--teams", "MINT", "--handoff-db", _db);
        start.RedirectStandardInput = true;
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteLineAsync("aus-der-pipe-12345");
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal("Passwort (mind. 10 Zeichen): ", error);
        Assert.Contains("Konto „carla“", output);
        Assert.DoesNotContain("aus-der-pipe", output + error);
        Assert.NotNull(Verify("carla", "aus-der-pipe-12345"));
    }

    [Fact]
    public async Task Add_PasswordTypedAtTerminal_NotEchoed()
    {
        // script(1) runs the verb on a pseudo-terminal, as an administrator's shell would; what we write is typed.
        var command = string.Join(' ', BotCli("counsellor", "add", "dora", "--teams", "MINT", "--handoff-db", _db).ArgumentList.Prepend("dotnet").Select(a => $"'{a}'"));
        var start = new ProcessStartInfo("script", ["-qefc", command, "/dev/null"])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var screen = new StringBuilder();
        var reading = Task.Run(async () =>
        {
            var buffer = new char[256];
            int read;
            while ((read = await process.StandardOutput.ReadAsync(buffer)) > 0)
            {
                lock (screen) screen.Append(buffer, 0, read);
            }
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!Snapshot(screen).Contains("Passwort (mind. 10 Zeichen): ")) await Task.Delay(50, timeout.Token);
        await Task.Delay(300, timeout.Token);

        await process.StandardInput.WriteAsync("am-terminal-67890\r");
        await process.StandardInput.FlushAsync();
        await process.WaitForExitAsync(timeout.Token);
        await reading;

        Assert.Contains("Konto „dora“", Snapshot(screen));
        Assert.DoesNotContain("am-terminal", Snapshot(screen));
        Assert.NotNull(Verify("dora", "am-terminal-67890"));
    }

    private CounsellorAccount? Verify(string login, string password)
    {
        using var store = new HandoffStore(_db);
        return new CounsellorAccounts(store).Verify(login, password);
    }

    private static string Snapshot(StringBuilder screen)
    {
        lock (screen) return screen.ToString();
    }

    /// <summary>The built bot as a separate process, with its own stdin.</summary>
    private static ProcessStartInfo BotCli(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TrierBot.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return start;
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
