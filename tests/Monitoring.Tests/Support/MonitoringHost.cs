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

        return await LoopbackHost.StartAsync(folder, settings);
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
