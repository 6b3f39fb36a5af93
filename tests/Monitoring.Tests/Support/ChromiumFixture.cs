using Microsoft.Playwright;

namespace TrierBot.Monitoring.Tests.Support;

/// <summary>One headless Chromium (Debian's /usr/bin/chromium; no browser download works here) shared by the browser tests.</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private const string SystemChromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            Headless = true,
            ExecutablePath = File.Exists(SystemChromium) ? SystemChromium : null,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
    }
}
