using System.Diagnostics;
using System.Net;
using Newtonsoft.Json.Linq;

namespace TrierBot.Robustness.Tests;

/// <summary>The hostile corpus through the host's Direct Line 3.0 endpoint over real HTTP.</summary>
public sealed class DirectLineRobustnessTests(HostFixture fixture, ITestOutputHelper output) : IClassFixture<HostFixture>
{
    private const int InputsPerConversation = 25;

    [Fact]
    public async Task PostActivity_HostileCorpus_NoServerErrorNoApologyAndNextMessageAnswered()
    {
        var report = new RobustnessReport("Direct Line");
        foreach (var batch in HostileCorpus.All.Chunk(InputsPerConversation))
        {
            var client = new DirectLineClient(fixture.Host.Client);
            await client.StartAsync();
            foreach (var input in batch)
            {
                report.Count();
                try
                {
                    var elapsed = Stopwatch.StartNew();
                    var (status, body) = await client.PostAsync(client.ActivityFor(input));
                    if (elapsed.Elapsed > RobustnessReport.SlowTurn) report.Fail(input.Name, $"took {elapsed.ElapsedMilliseconds} ms");
                    if ((int)status >= 500)
                    {
                        report.Fail(input.Name, $"POST HTTP {(int)status} {MessagesEndpointRobustnessTests.Shorten(body)}");
                        continue;
                    }

                    var (getStatus, fromBot) = await client.GetNewBotActivitiesAsync();
                    if ((int)getStatus >= 400) report.Fail(input.Name, $"GET activities HTTP {(int)getStatus}");
                    else if (fromBot.Select(a => (string?)a["text"]).FirstOrDefault(RobustnessReport.IsApology) is { } apology) report.Fail(input.Name, apology);
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    report.Fail(input.Name, exception.Message);
                }
            }

            await CheckNormalMessageAnsweredAsync(client, report, $"after {batch[0].Name} … {batch[^1].Name}");
        }

        report.AssertNoFailures(output);
    }

    private static async Task CheckNormalMessageAnsweredAsync(DirectLineClient client, RobustnessReport report, string where)
    {
        var input = MessagesEndpointRobustnessTests.NormalMessage + " " + where;
        var (status, _) = await client.PostAsync(client.Message(MessagesEndpointRobustnessTests.NormalMessage));
        var (getStatus, fromBot) = await client.GetNewBotActivitiesAsync();
        var messages = fromBot.Where(a => (string?)a["type"] == "message").ToList();
        if (status != HttpStatusCode.OK || getStatus != HttpStatusCode.OK) report.Fail(input, $"HTTP {(int)status}/{(int)getStatus}");
        else if (messages.Any(a => RobustnessReport.IsApology((string?)a["text"]))) report.Fail(input, "apology");
        else if (!messages.Any(a => !string.IsNullOrWhiteSpace((string?)a["text"]) || a["attachments"] is JArray { Count: > 0 })) report.Fail(input, "no answer");
    }
}
