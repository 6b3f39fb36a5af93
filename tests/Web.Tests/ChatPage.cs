using System.Text.Json;
using Microsoft.Playwright;

namespace TrierBot.Web.Tests;

/// <summary>The chat page as a user sees it: type, press Enter, read bubbles, click buttons.</summary>
public sealed class ChatPage : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly IBrowserContext _context;

    private ChatPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    public List<string> WebSocketUrls { get; } = [];

    /// <summary>Addresses the page asked for and got 4xx or 5xx.</summary>
    public List<string> FailedRequests { get; } = [];

    /// <summary>What the page wrote to the console (Chromium reports every CSP violation there).</summary>
    public List<string> ConsoleMessages { get; } = [];

    public ILocator SendBox => Page.Locator("[data-id='webchat-sendbox-input']");

    public static Task<ChatPage> OpenAsync(BrowserFixture browser, LoopbackHost host, string query = "", int width = 1280, int height = 900) =>
        OpenAsync(browser, host.BaseAddress, query, width, height);

    /// <summary>Opens the chat page of any host, also one running as a separate process.</summary>
    public static async Task<ChatPage> OpenAsync(BrowserFixture browser, Uri baseAddress, string query = "", int width = 1280, int height = 900)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "de-DE",
        });
        context.SetDefaultTimeout((float)Timeout.TotalMilliseconds);
        var page = await context.NewPageAsync();
        var chat = new ChatPage(context, page);
        page.WebSocket += (_, socket) => chat.WebSocketUrls.Add(socket.Url);
        page.Console += (_, message) => chat.ConsoleMessages.Add(message.Text);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) lock (chat.FailedRequests) chat.FailedRequests.Add(response.Url);
        };
        await page.GotoAsync(new Uri(baseAddress, query).ToString());
        await chat.SendBox.WaitForAsync();
        // Web Chat ignores Enter until Direct Line is connected.
        await page.WaitForFunctionAsync("() => window.trierBotChat && window.trierBotChat.store.getState().connectivityStatus === 'connected'");
        return chat;
    }

    /// <summary>A suggested action button (Web Chat repeats them, unfocusable, in its screen-reader live region).</summary>
    public ILocator SuggestedAction(string title) =>
        Page.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = title, Exact = true });

    /// <summary>A button on a card as rendered in the transcript.</summary>
    public ILocator CardButton(string title) => Page.Locator($".ac-pushButton[aria-label='{title}']");

    public async Task SendAsync(string text)
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
    }

    /// <summary>Waits until a bubble with exactly this text is shown.</summary>
    public Task WaitForTextAsync(string text) =>
        Page.Locator(".webchat__bubble__content").Filter(new LocatorFilterOptions { HasTextString = text }).First.WaitForAsync();

    /// <summary>How often a bubble shows exactly this text.</summary>
    public async Task<int> CountTextAsync(string text) =>
        await Page.Locator(".webchat__bubble__content").Filter(new LocatorFilterOptions { HasTextString = text }).CountAsync();

    /// <summary>The transcript from Web Chat's own store: (role, text, send state) of every message.</summary>
    public async Task<IReadOnlyList<(string Role, string Text, string? State)>> TranscriptAsync()
    {
        var json = await Page.EvaluateAsync<string>(
            "() => JSON.stringify(window.trierBotChat.store.getState().activities.filter(a => a.type === 'message')" +
            ".map(a => ({ role: a.from.role, text: a.text || '', state: (a.channelData || {}).state || null })))");
        return JsonDocument.Parse(json).RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("role").GetString()!, e.GetProperty("text").GetString()!, e.GetProperty("state").GetString()))
            .ToList();
    }

    public async Task<string> SessionValueAsync(string property) =>
        await Page.EvaluateAsync<string>($"() => JSON.parse(sessionStorage.getItem('trierbot.directline')).{property}");

    public async Task<string> ActiveElementTextAsync() =>
        await Page.EvaluateAsync<string>("() => (document.activeElement.textContent || '').trim()");

    public async Task<bool> ActiveElementIsSuggestedActionAsync() =>
        await Page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('webchat__suggested-action')");

    public async Task<string?> ActiveElementDataIdAsync() =>
        await Page.EvaluateAsync<string?>("() => document.activeElement && document.activeElement.getAttribute('data-id')");

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
