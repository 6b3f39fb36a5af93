using System.Net;
using System.Text.Json;
using TrierBot.Bot.Tests;
using TrierBot.Monitoring.Tests.Support;

namespace TrierBot.Monitoring.Tests;

/// <summary><c>/monitoring</c> and its API over real HTTP: who may see it, and that no small count gets out.</summary>
public sealed class MonitoringAccessTests : IAsyncLifetime
{
    private LoopbackHost _host = null!;

    public async Task InitializeAsync() => _host = await MonitoringHost.StartWithDemoAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Page_WithoutLogin_RedirectsToTheConsoleLogin()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _host.Client.BaseAddress };

        using var response = await http.GetAsync("/monitoring");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/counsellor/login?ReturnUrl=%2Fmonitoring", response.Headers.Location!.OriginalString.Replace(_host.Client.BaseAddress!.ToString().TrimEnd('/'), ""));
    }

    [Theory]
    [InlineData("/monitoring/api/charts")]
    [InlineData("/monitoring/api/charts/unmet-by-district.csv")]
    public async Task Api_WithoutLogin_401(string path)
    {
        using var response = await _host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/monitoring")]
    [InlineData("/monitoring/api/charts")]
    [InlineData("/monitoring/api/charts/channels.csv")]
    public async Task CounsellorWithoutPermission_403(string path)
    {
        using var anna = await MonitoringHost.LoginAsync(_host, "anna");

        using var response = await anna.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Api_WithPermission_EveryPublishedCountIsZeroOrAtLeastMinCell()
    {
        using var office = await MonitoringHost.LoginAsync(_host, "office");

        using var response = await office.GetAsync("/monitoring/api/charts?from=2026-06&to=2026-12&district=Trier-West%2FPallien");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(5, root.GetProperty("minCell").GetInt32());
        Assert.True(root.GetProperty("demo").GetBoolean());
        var suppressed = 0;
        foreach (var chart in root.GetProperty("charts").EnumerateArray())
        {
            foreach (var cell in chart.GetProperty("cells").EnumerateArray())
            {
                foreach (var measure in new[] { "searches", "unmet", "handoffs" })
                {
                    var value = cell.GetProperty(measure);
                    if (value.ValueKind == JsonValueKind.String)
                    {
                        Assert.Equal("< 5", value.GetString());
                        suppressed++;
                        continue;
                    }

                    Assert.True(value.GetInt32() is 0 or >= 5, $"{chart.GetProperty("id")}: {cell}");
                }
            }
        }

        Assert.True(suppressed > 0, "one district over half a year has small cells");
        Assert.Contains(root.GetProperty("indicators").EnumerateArray(), i => i.GetProperty("district").ValueKind == JsonValueKind.String);
    }

    [Theory]
    [InlineData("unmet-district-topic")]
    [InlineData("unmet-age-topic")]
    [InlineData("handoffs-by-topic")]
    public async Task Csv_WithPermission_NoSmallCountAndNoSuppressedRow(string chart)
    {
        using var office = await MonitoringHost.LoginAsync(_host, "office");

        using var response = await office.GetAsync($"/monitoring/api/charts/{chart}.csv?from=2026-10&to=2026-12");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Trim().Split('\n').Skip(1).ToList();
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            foreach (var count in line.TrimEnd('\r').Split(';')[^3..].Where(f => f.Length > 0).Select(int.Parse))
            {
                Assert.True(count is 0 or >= 5, line);
            }
        }

        Assert.DoesNotContain("<", string.Join('\n', lines));
    }

    [Theory]
    [InlineData("/monitoring?from=2026-13", HttpStatusCode.BadRequest)]
    [InlineData("/monitoring/api/charts?district=Atlantis", HttpStatusCode.BadRequest)]
    [InlineData("/monitoring/api/charts?from=2026-12&to=2026-01", HttpStatusCode.BadRequest)]
    [InlineData("/monitoring/api/charts/nothing.csv", HttpStatusCode.NotFound)]
    public async Task BadRequest_WithPermission_ClearStatusNot500(string path, HttpStatusCode expected)
    {
        using var office = await MonitoringHost.LoginAsync(_host, "office");

        using var response = await office.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
    }
}
