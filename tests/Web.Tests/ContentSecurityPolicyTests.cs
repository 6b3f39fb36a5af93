using Microsoft.Playwright;

namespace TrierBot.Web.Tests;

/// <summary>
/// The chat page with its Content-Security-Policy in real Chromium: Web Chat renders, connects, answers and shows
/// cards without a single CSP violation; only the configured website may frame it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests
{
    private readonly BrowserFixture _browser;

    public ContentSecurityPolicyTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task Page_WithCsp_ChatsAndShowsCardsWithoutViolations()
    {
        await using var host = await LoopbackHost.StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var page = await http.GetAsync("/");
        Assert.Contains("script-src 'self'", string.Join(";", page.Headers.GetValues("Content-Security-Policy")));
        await using var chat = await ChatPage.OpenAsync(_browser, host);

        await chat.SendAsync("Hallo");
        await chat.WaitForTextAsync(ShowcaseBot.EchoPrefix + "Hallo");
        await chat.SendAsync("karte");
        await chat.CardButton(ShowcaseBot.CardPostBack).WaitForAsync();
        await chat.CardButton(ShowcaseBot.CardPostBack).ClickAsync();
        await chat.WaitForTextAsync(ShowcaseBot.DetailsPrefix + "retribus:RB-1042");

        Assert.DoesNotContain(chat.ConsoleMessages, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Page_FramedByConfiguredWebsite_Loads()
    {
        await using var website = await CityWebsite.StartAsync();
        await using var host = await LoopbackHost.StartAsync(settings: new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = website.Origin });

        var (frameLoaded, console) = await EmbedAsync(website, host);

        Assert.True(frameLoaded, "the framed chat did not start:\n" + string.Join("\n", console));
        Assert.DoesNotContain(console, m => m.Contains("frame-ancestors"));
    }

    [Fact]
    public async Task Page_FramedByOtherWebsite_Refused()
    {
        await using var website = await CityWebsite.StartAsync();
        await using var host = await LoopbackHost.StartAsync();

        var (frameLoaded, console) = await EmbedAsync(website, host);

        Assert.False(frameLoaded);
        Assert.Contains(console, m => m.Contains("frame-ancestors 'self'"));
    }

    // The city website (another origin: localhost instead of 127.0.0.1) embeds the chat in a frame, as embed.js does.
    private async Task<(bool FrameLoaded, List<string> Console)> EmbedAsync(CityWebsite website, LoopbackHost host)
    {
        var context = await _browser.Browser.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            var console = new List<string>();
            page.Console += (_, message) => console.Add(message.Text);
            page.Response += (_, response) =>
            {
                if (response.Status >= 400) console.Add($"{response.Status} {response.Url}");
            };
            await page.GotoAsync($"{website.Origin}/bildung?chat={Uri.EscapeDataString(host.BaseAddress.ToString())}");
            var frame = await (await page.WaitForSelectorAsync("#chat"))!.ContentFrameAsync();
            var loaded = false;
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
            while (DateTime.UtcNow < deadline && !loaded && !console.Any(m => m.Contains("frame-ancestors")))
            {
                loaded = frame is not null && await frame.Locator("[data-id='webchat-sendbox-input']").CountAsync() > 0;
                await Task.Delay(200);
            }

            if (!loaded && frame is not null) console.Add("frame: " + frame.Url + " :: " + await frame.EvaluateAsync<string>("() => document.body.innerText.slice(0, 1200)"));
            return (loaded, console);
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
