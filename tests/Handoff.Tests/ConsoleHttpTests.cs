using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Bot.Schema;
using TrierBot.Bot.Tests;
using TrierBot.Handoff.Tests.Support;

namespace TrierBot.Handoff.Tests;

/// <summary>The console over real HTTP on loopback: who may enter, anti-forgery, and a hand-off relayed through the SDK's CloudAdapter.</summary>
[Collection(LoopbackHostCollection.Name)]
public sealed class ConsoleHttpTests : IAsyncLifetime
{
    private LoopbackHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await HostFixtureData.StartHostAsync();
        HostFixtureData.AddAccounts(_host);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ConsolePage_WithoutLogin_RedirectsToLogin()
    {
        using var console = new ConsoleClient(_host.Client.BaseAddress!);

        var page = await console.Http.GetAsync("/counsellor");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/counsellor/login", page.Headers.Location!.OriginalString);
        var login = await console.Http.GetAsync("/counsellor/login");
        Assert.Contains("login-form", await login.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/counsellor/api/queue")]
    [InlineData("/counsellor/api/callbacks")]
    [InlineData("/counsellor/api/events")]
    public async Task ConsoleApi_WithoutLogin_Returns401(string path)
    {
        using var console = new ConsoleClient(_host.Client.BaseAddress!);

        Assert.Equal(HttpStatusCode.Unauthorized, (await console.Http.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task ConsoleApi_WithDirectLineUserToken_Returns403()
    {
        using var console = new ConsoleClient(_host.Client.BaseAddress!);
        var request = new HttpRequestMessage(HttpMethod.Get, "/counsellor/api/queue");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "a-direct-line-user-token");

        Assert.Equal(HttpStatusCode.Forbidden, (await console.Http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_Rejected()
    {
        using var console = new ConsoleClient(_host.Client.BaseAddress!);

        var response = await console.Http.PostAsync("/counsellor/login", new StringContent("""{"login":"anna","password":"geheim-genug-123"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await console.Http.GetAsync("/counsellor/api/queue")).StatusCode);
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401()
    {
        using var console = new ConsoleClient(_host.Client.BaseAddress!);

        Assert.Equal(HttpStatusCode.Unauthorized, (await console.LoginAsync("anna", "falsch-falsch-falsch")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await console.LoginAsync("niemand", HostFixtureData.Password)).StatusCode);
    }

    [Fact]
    public async Task ConsoleAction_LoggedInWithoutAntiforgeryHeader_Rejected()
    {
        await using var channel = await FakeChannelService.StartAsync();
        var queued = HostFixtureData.Escalate(_host, channel.ServiceUrl, "conv-csrf");
        using var console = new ConsoleClient(_host.Client.BaseAddress!);
        await console.LoginAsync("anna", HostFixtureData.Password);

        var response = await console.PostAsync($"/cases/{queued.Id}/accept", withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("waiting", (await console.GetAsync("/queue"))[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Queue_CounsellorsSeeOnlyTheirTeams_OrderedByWaitingTime()
    {
        await using var channel = await FakeChannelService.StartAsync();
        var first = HostFixtureData.Escalate(_host, channel.ServiceUrl, "conv-a", "Literacy");
        HostFixtureData.Escalate(_host, channel.ServiceUrl, "conv-b", "Mint");
        var third = HostFixtureData.Escalate(_host, channel.ServiceUrl, "conv-c", "Literacy");
        using var anna = new ConsoleClient(_host.Client.BaseAddress!);
        await anna.LoginAsync("anna", HostFixtureData.Password);

        var queue = (await anna.GetAsync("/queue")).EnumerateArray().ToList();

        Assert.Equal([first.Id, third.Id], queue.Select(c => c.GetProperty("id").GetString()));
        Assert.Equal("Trier-West", queue[0].GetProperty("summary").GetProperty("district").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await anna.Http.GetAsync($"/counsellor/api/cases/{_host.Services.GetRequiredService<HandoffStore>().FindOpenCase("emulator", "conv-b")!.Id}")).StatusCode);
    }

    [Fact]
    public async Task Handoff_AcceptChatHandBack_RelayedThroughCloudAdapterAndBotAnswersAgain()
    {
        await using var channel = await FakeChannelService.StartAsync();
        var queued = HostFixtureData.Escalate(_host, channel.ServiceUrl, "conv-live");
        var user = new BotClient(_host.Client, "conv-live", "emulator");
        using var anna = new ConsoleClient(_host.Client.BaseAddress!);
        await anna.LoginAsync("anna", HostFixtureData.Password);
        using var events = await OpenEventsAsync(anna);

        Assert.Equal(HttpStatusCode.NoContent, (await anna.PostAsync($"/cases/{queued.Id}/accept")).StatusCode);
        var status = channel.Next();
        Assert.Equal((ActivityTypes.Event, HandoffEventNames.HandoffStatus), (status.Type, status.Name));
        Assert.Contains("Anna (Demo) vom Bildungsbüro", channel.NextMessage().Text);

        Assert.Empty(await user.SayAsync("<img src=x onerror=alert(1)> hallo"));
        var pushed = await ReadLineEventAsync(events, TranscriptEntry.UserRole);
        Assert.Equal("<img src=x onerror=alert(1)> hallo", pushed.GetProperty("data").GetProperty("text").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await anna.PostAsync($"/cases/{queued.Id}/messages", new { text = "Hallo, ich bin Anna." })).StatusCode);
        var reply = channel.NextMessage();
        Assert.Equal(("Anna (Demo) (Beratung): Hallo, ich bin Anna.", "Anna (Demo)", RoleTypes.Bot), (reply.Text, reply.From.Name, reply.From.Role));

        var transcript = await anna.GetAsync($"/cases/{queued.Id}");
        Assert.Contains(transcript.GetProperty("transcript").EnumerateArray(), l => l.GetProperty("text").GetString()!.StartsWith("<img src=x"));

        Assert.Equal(HttpStatusCode.NoContent, (await anna.PostAsync($"/cases/{queued.Id}/handback")).StatusCode);
        Assert.Equal("completed", JsonDocument.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(channel.Next().Value)).RootElement.GetProperty("state").GetString());
        Assert.Contains("wieder mit mir, dem Bot", channel.NextMessage().Text);
        Assert.NotEmpty(await user.SayTextsAsync("Hallo Bot"));
        Assert.Empty((await anna.GetAsync("/queue")).EnumerateArray());
    }

    [Fact]
    public async Task Transfer_ToColleagueOfOtherTeam_TheySeeAndAcceptItWithNote()
    {
        await using var channel = await FakeChannelService.StartAsync();
        var queued = HostFixtureData.Escalate(_host, channel.ServiceUrl, "conv-transfer");
        using var anna = new ConsoleClient(_host.Client.BaseAddress!);
        using var ben = new ConsoleClient(_host.Client.BaseAddress!);
        await anna.LoginAsync("anna", HostFixtureData.Password);
        await ben.LoginAsync("ben", HostFixtureData.Password);
        Assert.Empty((await ben.GetAsync("/queue")).EnumerateArray());
        await anna.PostAsync($"/cases/{queued.Id}/accept");

        Assert.Equal(HttpStatusCode.NoContent, (await anna.PostAsync($"/cases/{queued.Id}/transfer", new { team = "MINT", note = "will Robotik machen" })).StatusCode);

        var benQueue = (await ben.GetAsync("/queue")).EnumerateArray().ToList();
        Assert.Equal(("MINT", "waiting"), (benQueue.Single().GetProperty("team").GetString(), benQueue.Single().GetProperty("status").GetString()));
        var lines = (await ben.GetAsync($"/cases/{queued.Id}")).GetProperty("transcript").EnumerateArray();
        Assert.Contains(lines, l => l.GetProperty("role").GetString() == "note" && l.GetProperty("text").GetString()!.Contains("will Robotik machen"));
        Assert.Equal(HttpStatusCode.NoContent, (await ben.PostAsync($"/cases/{queued.Id}/accept")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anna.PostAsync($"/cases/{queued.Id}/messages", new { text = "noch da?" })).StatusCode);
    }

    [Fact]
    public async Task Timeout_HostedServiceOffersCallback_RequestListedInConsoleAndMarkedDone()
    {
        await _host.DisposeAsync();
        _host = await HostFixtureData.StartHostAsync(new Dictionary<string, string> { ["Handoff:AcceptTimeout"] = "00:00:01", ["Handoff:CheckInterval"] = "00:00:01" });
        HostFixtureData.AddAccounts(_host);
        await using var channel = await FakeChannelService.StartAsync();
        HostFixtureData.Escalate(_host, channel.ServiceUrl, "conv-timeout");
        var user = new BotClient(_host.Client, "conv-timeout", "emulator");

        var offer = channel.NextMessage();
        Assert.Contains("alle Beraterinnen und Berater beschäftigt", offer.Text);
        Assert.Contains("Telefonnummer", (await user.SayTextsAsync("Rückruf")).Single());
        Assert.Contains("rufen dich so bald wie möglich zurück", (await user.SayTextsAsync("0651 9990-2222")).Single());

        using var anna = new ConsoleClient(_host.Client.BaseAddress!);
        await anna.LoginAsync("anna", HostFixtureData.Password);
        var request = (await anna.GetAsync("/callbacks")).EnumerateArray().Single();
        Assert.Equal(("phone", "0651 9990-2222", "Grundbildung"), (request.GetProperty("kind").GetString(), request.GetProperty("contact").GetString(), request.GetProperty("team").GetString()));
        Assert.Empty((await anna.GetAsync("/queue")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NoContent, (await anna.PostAsync($"/callbacks/{request.GetProperty("id").GetString()}/done")).StatusCode);
        Assert.True((await anna.GetAsync("/callbacks")).EnumerateArray().Single().GetProperty("done").GetBoolean());
    }

    private static async Task<StreamReader> OpenEventsAsync(ConsoleClient console)
    {
        var response = await console.Http.GetAsync("/counsellor/api/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        return new StreamReader(await response.Content.ReadAsStreamAsync());
    }

    /// <summary>The next pushed transcript line of <paramref name="role"/>.</summary>
    private static async Task<JsonElement> ReadLineEventAsync(StreamReader events, string role)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (await events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (!line.StartsWith("data: ", StringComparison.Ordinal)) continue;
            var update = JsonDocument.Parse(line["data: ".Length..]).RootElement;
            if (update.GetProperty("kind").GetString() == LiveUpdate.Line && update.GetProperty("data").GetProperty("role").GetString() == role) return update;
        }

        throw new TimeoutException("no line event");
    }
}
