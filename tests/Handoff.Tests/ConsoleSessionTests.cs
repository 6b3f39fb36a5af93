using System.Net;
using TrierBot.Bot.Tests;
using TrierBot.Cli;
using TrierBot.Handoff.Tests.Support;

namespace TrierBot.Handoff.Tests;

/// <summary>
/// Console sessions end when the account changes: a cookie captured before <c>counsellor remove</c>, a new password or
/// a logout is refused on every request (401 for the API, the login page for the console page).
/// </summary>
[Collection(LoopbackHostCollection.Name)]
public sealed class ConsoleSessionTests : IAsyncLifetime
{
    private LoopbackHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await HostFixtureData.StartHostAsync();
        HostFixtureData.AddAccounts(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ConsoleApi_AccountRemovedWithCli_OldCookieRejectedEverywhere()
    {
        await using var channel = await FakeChannelService.StartAsync();
        var queued = HostFixtureData.Escalate(_host, channel.ServiceUrl, "conv-removed");
        using var anna = new ConsoleClient(_host.Client.BaseAddress!);
        await anna.LoginAsync("anna", HostFixtureData.Password);
        Assert.Single((await anna.GetAsync("/queue")).EnumerateArray());

        Assert.Equal(0, await RunCliAsync("counsellor", "remove", "anna", "--handoff-db", HandoffDb));

        using var replay = new CapturedSession(_host.Client.BaseAddress!, anna);
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.GetAsync("/counsellor/api/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.PostAsync($"/counsellor/api/cases/{queued.Id}/accept")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.GetAsync($"/counsellor/api/cases/{queued.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.PostAsync($"/counsellor/api/cases/{queued.Id}/messages", new { text = "Hallo" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.GetAsync("/counsellor/api/events")).StatusCode);
        var page = await replay.GetAsync("/counsellor");
        Assert.Equal((HttpStatusCode.Redirect, "/counsellor/login"), (page.StatusCode, page.Headers.Location?.OriginalString));
        Assert.Equal("waiting", _host.Services.GetRequiredService<HandoffStore>().FindCase(queued.Id)!.Status.ToString().ToLowerInvariant());
    }

    [Fact]
    public async Task ConsoleApi_CookieCapturedBeforeLogout_Rejected()
    {
        using var anna = new ConsoleClient(_host.Client.BaseAddress!);
        await anna.LoginAsync("anna", HostFixtureData.Password);
        using var captured = new CapturedSession(_host.Client.BaseAddress!, anna);
        using var otherBrowser = new ConsoleClient(_host.Client.BaseAddress!);
        await otherBrowser.LoginAsync("anna", HostFixtureData.Password);
        Assert.Equal(HttpStatusCode.OK, (await captured.GetAsync("/counsellor/api/queue")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await anna.PostAsync("/logout")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await captured.GetAsync("/counsellor/api/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await otherBrowser.Http.GetAsync("/counsellor/api/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await anna.LoginAsync("anna", HostFixtureData.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anna.Http.GetAsync("/counsellor/api/queue")).StatusCode);
    }

    [Fact]
    public async Task ConsoleApi_PasswordChangedWithCli_OldCookieRejected()
    {
        using var anna = new ConsoleClient(_host.Client.BaseAddress!);
        await anna.LoginAsync("anna", HostFixtureData.Password);
        using var ben = new ConsoleClient(_host.Client.BaseAddress!);
        await ben.LoginAsync("ben", HostFixtureData.Password);

        Assert.Equal(0, await RunCliAsync("counsellor", "add", "anna", "--teams", "Grundbildung", "--password", "ein-ganz-neues-passwort", "--handoff-db", HandoffDb));

        Assert.Equal(HttpStatusCode.Unauthorized, (await anna.Http.GetAsync("/counsellor/api/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ben.Http.GetAsync("/counsellor/api/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anna.LoginAsync("anna", HostFixtureData.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await anna.LoginAsync("anna", "ein-ganz-neues-passwort")).StatusCode);
    }

    private string HandoffDb => Path.Combine(_host.DataFolder, "handoff.db");

    private static Task<int> RunCliAsync(params string[] args) => CommandLine.RunAsync(args, new StringWriter(), new StringWriter());
}
