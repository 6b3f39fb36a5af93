using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TrierBot.Handoff;
using TrierBot.Handoff.Tests.Support;

namespace TrierBot.Channels.Tests.Support;

/// <summary>
/// A counsellor at the console of a <see cref="ChannelHost"/>, as far as HTTP goes: logged in through the real
/// login, watching the live stream (SSE) and acting through the console API, exactly as console.js does.
/// </summary>
public sealed class CounsellorConsole : IAsyncDisposable
{
    public const string Login = "anna";
    /// <summary>The account gets no display name: the user sees the login as a name.</summary>
    public const string DisplayName = "Anna";
    private const string Password = "geheim-genug-123";

    private readonly ConsoleClient _client;
    private readonly StreamReader _events;

    private CounsellorConsole(ConsoleClient client, StreamReader events)
    {
        _client = client;
        _events = events;
    }

    /// <summary>Open all week, so that no test depends on the day or hour it runs.</summary>
    public static Dictionary<string, string> AlwaysOpen() => new()
    {
        ["Handoff:OfficeHours:Days:0"] = "Monday", ["Handoff:OfficeHours:Days:1"] = "Tuesday", ["Handoff:OfficeHours:Days:2"] = "Wednesday",
        ["Handoff:OfficeHours:Days:3"] = "Thursday", ["Handoff:OfficeHours:Days:4"] = "Friday", ["Handoff:OfficeHours:Days:5"] = "Saturday",
        ["Handoff:OfficeHours:Days:6"] = "Sunday", ["Handoff:OfficeHours:Opens"] = "00:00", ["Handoff:OfficeHours:Closes"] = "23:59:59",
    };

    /// <summary>Creates the account (all teams), logs in and opens the live stream.</summary>
    public static async Task<CounsellorConsole> OpenAsync(ChannelHost host)
    {
        host.Services.GetRequiredService<CounsellorAccounts>().Save(Login, "", HandoffTeams.All, Password);
        var client = new ConsoleClient(host.Http.BaseAddress!);
        Assert.True((await client.LoginAsync(Login, Password)).IsSuccessStatusCode);
        var response = await client.Http.GetAsync("/counsellor/api/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        return new CounsellorConsole(client, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The ids of the waiting and active cases this counsellor sees, oldest first.</summary>
    public async Task<IReadOnlyList<string>> QueueAsync() =>
        (await _client.GetAsync("/queue")).EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToList();

    public async Task AcceptAsync(string caseId) => await ExpectNoContentAsync($"/cases/{caseId}/accept");

    public async Task WriteAsync(string caseId, string text) => await ExpectNoContentAsync($"/cases/{caseId}/messages", new { text });

    public async Task HandBackAsync(string caseId) => await ExpectNoContentAsync($"/cases/{caseId}/handback");

    /// <summary>The texts of the case's transcript lines of one role (user, bot, counsellor).</summary>
    public async Task<IReadOnlyList<string>> TranscriptAsync(string caseId, string role) =>
        (await _client.GetAsync($"/cases/{caseId}")).GetProperty("transcript").EnumerateArray()
            .Where(l => l.GetProperty("role").GetString() == role)
            .Select(l => l.GetProperty("text").GetString()!)
            .ToList();

    /// <summary>The text of the next transcript line of <paramref name="role"/> pushed live to the console.</summary>
    public async Task<string> NextLiveLineAsync(string role)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (await _events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (!line.StartsWith("data: ", StringComparison.Ordinal))
            {
                continue;
            }

            var update = JsonDocument.Parse(line["data: ".Length..]).RootElement;
            if (update.GetProperty("kind").GetString() == LiveUpdate.Line && update.GetProperty("data").GetProperty("role").GetString() == role)
            {
                return update.GetProperty("data").GetProperty("text").GetString()!;
            }
        }

        throw new InvalidOperationException("The live stream ended.");
    }

    private async Task ExpectNoContentAsync(string path, object? body = null)
    {
        using var response = await _client.PostAsync(path, body);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    public ValueTask DisposeAsync()
    {
        _events.Dispose();
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
