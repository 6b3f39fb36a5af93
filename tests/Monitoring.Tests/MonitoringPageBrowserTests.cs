using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TrierBot.Handoff.Tests.Support;
using TrierBot.Monitoring.Tests.Support;

namespace TrierBot.Monitoring.Tests;

/// <summary><c>/monitoring</c> in Chromium with the demo year: login, charts, table view, filters, CSV links, axe.</summary>
public sealed class MonitoringPageBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Theory]
    [InlineData(1280, 900, "monitoring-desktop.png")]
    [InlineData(390, 844, "monitoring-phone.png")]
    public async Task Page_DemoYear_ChartsWithTablesAndCsvAndNoAxeViolations(int width, int height, string screenshot)
    {
        await using var host = await MonitoringHost.StartWithDemoAsync();
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Response += (_, response) => { if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal)) errors.Add($"{response.Status} {response.Url}"); };

        // The page sends the browser to the console's login and, after it, back.
        await page.GotoAsync(new Uri(host.Client.BaseAddress!, "/monitoring").ToString());
        await page.Locator("#login").FillAsync("office");
        await page.Locator("#password").FillAsync(MonitoringHost.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Anmelden" }).ClickAsync();
        await page.WaitForURLAsync("**/monitoring");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToContainTextAsync("Bildungsmonitoring");
        await Assertions.Expect(page.GetByText("Demo-Daten:")).ToBeVisibleAsync();
        Assert.Equal(ChartDefinition.All.Count, await page.Locator("svg.chart[role=img]").CountAsync());
        Assert.Equal(ChartDefinition.All.Count, await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "CSV herunterladen" }).CountAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Table).Filter(new LocatorFilterOptions { HasText = "TILL" }).Or(page.Locator("table[aria-labelledby=till-title]"))).ToBeVisibleAsync();
        // Every chart says its numbers in words: the heat map's cells carry them as text.
        await Assertions.Expect(page.Locator("#unmet-district-topic-title + .desc + .figure svg text").First).ToBeVisibleAsync();

        await SaveScreenshotAsync(() => page.ScreenshotAsync(), screenshot);
        var size = width > 1000 ? "desktop" : "phone";
        await SaveScreenshotAsync(() => page.Locator("section[aria-labelledby=unmet-by-district-title]").ScreenshotAsync(), $"monitoring-districts-{size}.png");
        await SaveScreenshotAsync(() => page.Locator("section[aria-labelledby=unmet-district-topic-title]").ScreenshotAsync(), $"monitoring-heatmap-{size}.png");

        await page.GetByText("Als Tabelle").First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = ChartDefinition.All[0].Title })).ToBeVisibleAsync();

        var axe = await page.RunAxe();
        Assert.True(axe.Violations.Length == 0,
            string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} -> {string.Join(" | ", v.Nodes.Select(n => string.Join(",", n.Target)))}")));

        // The filters are a plain form: one topic, and the CSV links keep the filter.
        await page.Locator("#topic").SelectOptionAsync("Mint");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Anzeigen" }).ClickAsync();
        await page.WaitForURLAsync("**/monitoring?*topic=Mint*");
        Assert.Contains("topic=Mint", await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "CSV herunterladen" }).First.GetAttributeAsync("href"));
        Assert.Empty(errors);
        await context.CloseAsync();
    }

    /// <summary>Screenshots for docs/screenshots, written when TRIERBOT_SCREENSHOTS names that folder.</summary>
    private static async Task SaveScreenshotAsync(Func<Task<byte[]>> screenshot, string name)
    {
        var folder = Environment.GetEnvironmentVariable("TRIERBOT_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, name), await screenshot());
    }
}
