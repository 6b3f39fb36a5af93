using Microsoft.Playwright;

namespace TrierBot.Web.Tests;

/// <summary>
/// One headless Chromium for all page tests. Debian's /usr/bin/chromium when present (CI installs it);
/// elsewhere Playwright's own, installed on first use. Never skips.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string SystemChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new BrowserTypeLaunchOptions { Headless = true, Args = ChromiumArgs };
        if (File.Exists(SystemChromium))
        {
            options.ExecutablePath = SystemChromium;
        }
        else if (Microsoft.Playwright.Program.Main(["install", "chromium"]) != 0)
        {
            throw new InvalidOperationException($"No browser: {SystemChromium} is missing and Playwright could not install Chromium.");
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(options);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
    }
}
