using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace TrierBot.Bot.Tests;

public sealed class MetricsTests
{
    [Fact]
    public async Task Metrics_DuringConversation_TurnCounterAndLatencyMoveWithoutMessageTextOrIds()
    {
        await using var host = await LoopbackHost.StartAsync();
        var client = new BotClient(host.Client, "c-metrics-4f1d9e");
        await client.SayAsync("hallo");
        var before = await host.Client.GetStringAsync("/metrics");

        await client.SayAsync("Ich heiße Zitronenfalter und suche ein Praktikum");
        await client.SayAsync("16");
        await client.SayAsync("Handwerk");
        var after = await host.Client.GetStringAsync("/metrics");

        Assert.True(Value(after, "trierbot_turns_total") - Value(before, "trierbot_turns_total") >= 3, after);
        Assert.True(Value(after, "trierbot_turn_duration_seconds_count") - Value(before, "trierbot_turn_duration_seconds_count") >= 3, after);
        Assert.True(Value(after, "trierbot_turn_duration_seconds_sum") > Value(before, "trierbot_turn_duration_seconds_sum"));
        Assert.Matches(@"trierbot_turn_duration_seconds_bucket\{[^}]*channel=""test""[^}]*le=""0\.5""", after);
        Assert.Contains("trierbot_handoff_waiting", after);
        // What people wrote, and who they are, never reaches the operators' figures.
        Assert.DoesNotContain("Zitronenfalter", after, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Praktikum", after, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("c-metrics-4f1d9e", after);
    }

    [Fact]
    public async Task Metrics_RequestForwardedByUntrustedProxy_Forbidden()
    {
        await using var host = await LoopbackHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("trierbot_", await response.Content.ReadAsStringAsync());
    }

    // The sample of the "test" channel's series of a metric.
    private static double Value(string exposition, string metric)
    {
        var match = Regex.Match(exposition, "^" + Regex.Escape(metric) + @"\{[^}]*channel=""test""[^}]*\} (\S+)", RegexOptions.Multiline);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }
}
