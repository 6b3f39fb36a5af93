using TrierBot.Cli;
using TrierBot.Handoff;

namespace TrierBot.Monitoring.Tests;

/// <summary><c>counsellor add &lt;login&gt; --monitoring</c>: the permission for the monitoring page.</summary>
public sealed class CounsellorMonitoringVerbTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), "trierbot-monitoring-tests", Guid.NewGuid().ToString("N"), "handoff.db");

    public void Dispose()
    {
        try { Directory.Delete(Path.GetDirectoryName(_db)!, true); } catch (IOException) { }
    }

    [Fact]
    public async Task Add_MonitoringWithoutTeams_AccountMaySeeMonitoring()
    {
        var output = new StringWriter();

        var exit = await CommandLine.RunAsync(["counsellor", "add", "office", "--monitoring", "--password", "ein-langes-passwort", "--handoff-db", _db], output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains("Bildungsmonitoring", output.ToString());
        using var store = new HandoffStore(_db);
        var account = store.FindAccount("office")!;
        Assert.True(account.Monitoring);
        Assert.Empty(account.Teams);
    }

    [Fact]
    public async Task Add_NeitherTeamsNorMonitoring_Exit2()
    {
        var error = new StringWriter();

        var exit = await CommandLine.RunAsync(["counsellor", "add", "office", "--password", "ein-langes-passwort", "--handoff-db", _db], new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("Team", error.ToString());
    }
}
