using System.Net;
using System.Net.Http.Json;
using TrierBot.Bot.Tests;
using TrierBot.Handoff;

namespace TrierBot.Monitoring.Tests.Support;

/// <summary>The real host with a demo year in its monitoring store and two accounts: "office" (monitoring) and "anna" (MINT team only).</summary>
public static class MonitoringHost
{
    public const string Password = "ein-langes-passwort";

    public static async Task<LoopbackHost> StartWithDemoAsync(IDictionary<string, string>? settings = null)
    {
        var folder = LoopbackHost.NewDataFolder();
        using (var store = new LiteDbDemandStore(Path.Combine(folder, "monitoring.db")))
        {
            store.Apply(DemandDemo.Generate(new DateOnly(2026, 12, 1)));
        }

        using (var handoff = new HandoffStore(Path.Combine(folder, "handoff.db")))
        {
            var accounts = new CounsellorAccounts(handoff);
            accounts.Save("office", "Frau Monitor", [], Password, monitoring: true);
            accounts.Save("anna", "Anna", [HandoffTeams.Mint], Password);
        }

        var all = new Dictionary<string, string> { ["contentRoot"] = BotFolder };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) all[key] = value;
        return await LoopbackHost.StartAsync(folder, all);
    }

    /// <summary>The bot project folder, so that the host finds wwwroot (the login page, the stylesheet).</summary>
    private static string BotFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "bot", "TrierBot.csproj"))) dir = dir.Parent;
            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("bot folder not found"), "bot");
        }
    }

    /// <summary>An HTTP client with its own cookies, logged in as <paramref name="login"/> the way login.js does it.</summary>
    public static async Task<HttpClient> LoginAsync(LoopbackHost host, string login)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = host.Client.BaseAddress };
        var token = (await http.GetFromJsonAsync<System.Text.Json.JsonElement>("/counsellor/login/token")).GetProperty("token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/counsellor/login") { Content = JsonContent.Create(new { login, password = Password }) };
        request.Headers.Add(CounsellorConsoleEndpoints.AntiforgeryHeader, token);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return http;
    }
}
