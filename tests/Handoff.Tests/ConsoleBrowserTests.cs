using Microsoft.Bot.Schema;
using Microsoft.Playwright;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using TrierBot.Bot.Tests;
using TrierBot.Handoff.Tests.Support;

namespace TrierBot.Handoff.Tests;

/// <summary>
/// Counsellors in real Chromium consoles; the user's side is a Bot Framework channel on loopback (the Web Chat side
/// joins once the Direct Line endpoint is on main). Also writes the console screenshots under docs/screenshots.
/// </summary>
[Collection(LoopbackHostCollection.Name)]
public sealed class ConsoleBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    private const string Xss = "<img src=x onerror=\"window.__xss=1\"> Hallo <b>fett</b>";

    private LoopbackHost _host = null!;
    private FakeChannelService _channel = null!;

    public async Task InitializeAsync()
    {
        _host = await HostFixtureData.StartHostAsync();
        HostFixtureData.AddAccounts(_host);
        _channel = await FakeChannelService.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Console_EscalateAcceptChatTransferHandBack_UserTextInertAndBotAnswersAgain()
    {
        var queued = HostFixtureData.Escalate(_host, _channel.ServiceUrl, "conv-browser");
        HostFixtureData.Escalate(_host, _channel.ServiceUrl, "conv-waiting-2", "Grundbildung");
        var user = new BotClient(_host.Client, "conv-browser", "emulator");
        await using var annaContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 }, Locale = "de-DE" });
        var anna = await annaContext.NewPageAsync();

        // Login: the console sends the counsellor to the login page first.
        await anna.GotoAsync(new Uri(_host.Client.BaseAddress!, "/counsellor").ToString());
        Assert.EndsWith("/counsellor/login", anna.Url);
        await LoginAsync(anna, "anna");

        // Queue: longest waiting first, with team and summary.
        var first = anna.Locator("#queue li.case").First;
        await Assertions.Expect(first).ToContainTextAsync("Grundbildung");
        await Assertions.Expect(first).ToContainTextAsync("Alter: 17");
        await Assertions.Expect(anna.Locator("#queue li.case")).ToHaveCountAsync(2);
        await Assertions.Expect(anna.Locator("#live.on")).ToHaveCountAsync(1);
        await Screenshot(anna, "console-queue.png");

        // Watch before taking: the transcript is there, no reply box yet.
        await first.Locator("button.watch").ClickAsync();
        var view = anna.Locator($"article.conversation[data-case-id='{queued.Id}']");
        await Assertions.Expect(view.Locator(".transcript")).ToContainTextAsync("Ich suche einen Lesekurs");
        await Assertions.Expect(view.Locator("form.reply")).ToBeHiddenAsync();

        // Accept: the user is told who is there.
        await view.Locator("button.accept").ClickAsync();
        await Assertions.Expect(view.Locator(".state")).ToContainTextAsync("bei dir");
        Assert.Equal(HandoffEventNames.HandoffStatus, _channel.Next().Name);
        Assert.Contains("Anna (Demo) vom Bildungsbüro", _channel.NextMessage().Text);

        // The user writes (an XSS attempt) and types: it shows live, as text.
        // Clients repeat typing every few seconds; so does the test, because one indicator lasts only 5 s and a
        // slow runner may look after it has gone.
        await TypingShownAsync(user, view);
        Assert.Empty(await user.SayAsync(Xss));
        var line = view.Locator(".transcript li.user").Last;
        await Assertions.Expect(line.Locator(".text")).ToHaveTextAsync(Xss);
        Assert.Equal(0, await view.Locator(".transcript img, .transcript b").CountAsync());
        Assert.Null(await anna.EvaluateAsync<int?>("() => window.__xss"));

        // The counsellor answers; the user's channel receives it under her name.
        await view.Locator("textarea").FillAsync("Hallo! Ich bin Anna. Wobei kann ich helfen?");
        await view.Locator("textarea").PressAsync("Enter");
        var reply = _channel.NextMessage();
        Assert.Equal(("Anna (Demo) (Beratung): Hallo! Ich bin Anna. Wobei kann ich helfen?", "Anna (Demo)"), (reply.Text, reply.From.Name));
        await Assertions.Expect(view.Locator(".transcript li.counsellor")).ToContainTextAsync("Wobei kann ich helfen?");
        Assert.Empty(await user.SayAsync("Ich will eigentlich was mit Robotern machen"));
        await Assertions.Expect(view.Locator(".transcript li.user").Last).ToContainTextAsync("Robotern");
        await Screenshot(anna, "console-conversation.png");

        // Transfer to MINT with an internal note; Ben (MINT) sees it in his console and takes over.
        await view.Locator("details.transfer summary").ClickAsync();
        await view.Locator("select[name=team]").SelectOptionAsync("MINT");
        await view.Locator("input[name=note]").FillAsync("möchte Robotik, ist 17");
        await view.Locator(".transfer-form button[type=submit]").ClickAsync();
        Assert.Contains("an das Team MINT weitergegeben", _channel.NextMessage().Text);
        await Assertions.Expect(view.Locator(".state")).ToContainTextAsync("weitergegeben");
        await Assertions.Expect(view.Locator("form.reply")).ToBeHiddenAsync();

        await using var benContext = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        var ben = await benContext.NewPageAsync();
        await ben.GotoAsync(new Uri(_host.Client.BaseAddress!, "/counsellor/login").ToString());
        await LoginAsync(ben, "ben");
        var benItem = ben.Locator("#queue li.case");
        await Assertions.Expect(benItem).ToHaveCountAsync(1);
        await Assertions.Expect(benItem).ToContainTextAsync("MINT");
        await benItem.Locator("button.accept").ClickAsync();
        var benView = ben.Locator($"article.conversation[data-case-id='{queued.Id}']");
        await Assertions.Expect(benView.Locator(".transcript li.note")).ToContainTextAsync("möchte Robotik, ist 17");
        Assert.Contains("Ben (Demo) vom Bildungsbüro", _channel.NextMessage().Text);

        // Hand back: the user is told, and the bot answers again.
        await benView.Locator("button.handback").ClickAsync();
        await Assertions.Expect(benView.Locator(".state")).ToContainTextAsync("beendet");
        Assert.Contains("wieder mit mir, dem Bot", _channel.NextMessage().Text);
        Assert.NotEmpty(await user.SayTextsAsync("Hallo Bot, bist du wieder da?"));
    }

    [Fact]
    public async Task Console_UserWritesWhileTheTranscriptIsRead_LineStaysAfterTheRedraw()
    {
        var queued = HostFixtureData.Escalate(_host, _channel.ServiceUrl, "conv-race");
        var user = new BotClient(_host.Client, "conv-race", "emulator");
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        var anna = await context.NewPageAsync();
        await anna.GotoAsync(new Uri(_host.Client.BaseAddress!, "/counsellor/login").ToString());
        await LoginAsync(anna, "anna");
        await Assertions.Expect(anna.Locator("#live.on")).ToHaveCountAsync(1);

        // The console reads the transcript; its answer is held back until the user's next line has come live.
        var read = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        await anna.RouteAsync($"**/cases/{queued.Id}", async route =>
        {
            var response = await route.FetchAsync();
            read.TrySetResult();
            await release.Task;
            await route.FulfillAsync(new RouteFulfillOptions { Response = response });
        });
        await anna.Locator("#queue li.case button.watch").First.ClickAsync();
        await read.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await user.SayAsync("Noch eine Frage zum Kurs");
        var view = anna.Locator($"article.conversation[data-case-id='{queued.Id}']");
        await Assertions.Expect(view.Locator(".transcript")).ToContainTextAsync("Noch eine Frage zum Kurs");

        release.SetResult();

        // The redraw from the older read: its lines, and the live one still, once.
        await Assertions.Expect(view.Locator(".transcript")).ToContainTextAsync("Ich suche einen Lesekurs");
        await Assertions.Expect(view.Locator(".transcript li.user", new() { HasText = "Noch eine Frage zum Kurs" })).ToHaveCountAsync(1);
    }

    private static async Task LoginAsync(IPage page, string login)
    {
        await page.FillAsync("#login", login);
        await page.FillAsync("#password", HostFixtureData.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith("/counsellor"));
    }

    private static async Task TypingShownAsync(BotClient user, ILocator view)
    {
        for (var attempt = 1; ; attempt++)
        {
            await user.PostRawAsync(TypingJson("conv-browser"));
            try
            {
                await Assertions.Expect(view.Locator(".typing")).ToBeVisibleAsync(new() { Timeout = 4000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                // not shown yet: type again
            }
        }
    }

    private static string TypingJson(string conversationId) => JsonConvert.SerializeObject(new JObject
    {
        ["type"] = "typing",
        ["channelId"] = "emulator",
        ["serviceUrl"] = "http://127.0.0.1:1/",
        ["from"] = new JObject { ["id"] = "user-" + conversationId, ["role"] = "user" },
        ["recipient"] = new JObject { ["id"] = "trierbot", ["role"] = "bot" },
        ["conversation"] = new JObject { ["id"] = conversationId },
        ["deliveryMode"] = "expectReplies",
    });

    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Path.Combine(Path.GetDirectoryName(HostFixtureData.BotFolder)!, "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
    }
}
