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

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
