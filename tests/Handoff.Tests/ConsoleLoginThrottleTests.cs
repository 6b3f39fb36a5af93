using System.Net;
using TrierBot.Bot.Tests;
using TrierBot.Handoff.Tests.Support;

namespace TrierBot.Handoff.Tests;

/// <summary>Password guessing at <c>POST /counsellor/login</c> over real HTTP: per-account lockout, per-address lockout, the rate limiter.</summary>
[Collection(LoopbackHostCollection.Name)]
public sealed class ConsoleLoginThrottleTests
{
    [Fact]
    public async Task Login_ThirtyWrongPasswords_LockedWith429AndRightPasswordRefusedToo()
    {
        // The address's request cap is raised so that the account lockout alone answers.
        await using var host = await StartAsync(new() { ["Handoff:Login:PermitsPerAddress"] = "100" });
        using var console = new ConsoleClient(host.Client.BaseAddress!);
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 30; i++)
        {
            statuses.Add((await console.LoginAsync("anna", "falsch-geraten-" + i)).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), statuses.Take(5));
        Assert.All(statuses.Skip(5), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        var right = await console.LoginAsync("anna", HostFixtureData.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        var retryAfter = right.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        Assert.Contains("Zu viele Anmeldeversuche", await right.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await console.Http.GetAsync("/counsellor/api/queue")).StatusCode);
        // Another account from the same office is not locked by a colleague's typos.
        using var ben = new ConsoleClient(host.Client.BaseAddress!);
        Assert.Equal(HttpStatusCode.NoContent, (await ben.LoginAsync("ben", HostFixtureData.Password)).StatusCode);
    }

    [Fact]
    public async Task Login_FailuresAfterEachLockout_LockoutDoubles()
    {
        await using var host = await StartAsync(new() { ["Handoff:Login:FreeFailuresPerAccount"] = "1", ["Handoff:Login:FirstLockout"] = "00:00:01" });
        using var console = new ConsoleClient(host.Client.BaseAddress!);

        Assert.Equal(HttpStatusCode.Unauthorized, (await console.LoginAsync("anna", "falsch-falsch-1")).StatusCode);
        var first = await console.LoginAsync("anna", HostFixtureData.Password);
        Assert.Equal((HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(1)), (first.StatusCode, first.Headers.RetryAfter!.Delta));
        await Task.Delay(TimeSpan.FromMilliseconds(1100));
        Assert.Equal(HttpStatusCode.Unauthorized, (await console.LoginAsync("anna", "falsch-falsch-2")).StatusCode);
        var second = await console.LoginAsync("anna", HostFixtureData.Password);

        Assert.Equal((HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(2)), (second.StatusCode, second.Headers.RetryAfter!.Delta));
        await Task.Delay(TimeSpan.FromMilliseconds(2100));
        Assert.Equal(HttpStatusCode.NoContent, (await console.LoginAsync("anna", HostFixtureData.Password)).StatusCode);
    }

    [Fact]
    public async Task Login_GuessesAcrossManyLoginsFromOneAddress_AddressLocked()
    {
        await using var host = await StartAsync(new() { ["Handoff:Login:FreeFailuresPerAddress"] = "4" });
        using var console = new ConsoleClient(host.Client.BaseAddress!);

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await console.LoginAsync("geraten" + i, "falsch-falsch-falsch")).StatusCode);
        }

        var ben = await console.LoginAsync("ben", HostFixtureData.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, ben.StatusCode);
        Assert.NotNull(ben.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Login_MoreAttemptsThanTheAddressMay_RateLimiterAnswers429()
    {
        await using var host = await StartAsync(new() { ["Handoff:Login:PermitsPerAddress"] = "3" });
        using var console = new ConsoleClient(host.Client.BaseAddress!);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await console.LoginAsync("ben", HostFixtureData.Password)).StatusCode);
        }

        var fourth = await console.LoginAsync("ben", HostFixtureData.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.InRange(fourth.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Contains("Zu viele Anmeldeversuche", await fourth.Content.ReadAsStringAsync());
    }

    private static async Task<LoopbackHost> StartAsync(Dictionary<string, string> settings)
    {
        var host = await HostFixtureData.StartHostAsync(settings);
        HostFixtureData.AddAccounts(host);
        return host;
    }
}
