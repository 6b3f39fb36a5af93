using System.Net;

namespace TrierBot.Bot.Tests;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task Post_AppIdConfiguredAndNoToken_Returns401()
    {
        await using var host = await LoopbackHost.StartAsync(settings: new Dictionary<string, string>
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        });
        var client = new BotClient(host.Client, "c-secured");

        using var response = await client.PostRawAsync(client.MessageJson("hallo"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("abc.def.ghi")]
    [InlineData("abc")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.e30.c2ln")]
    [InlineData("....")]
    public async Task Post_AppIdConfiguredAndMalformedToken_Returns401(string bearer)
    {
        await using var host = await LoopbackHost.StartAsync(settings: new Dictionary<string, string>
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        });
        var client = new BotClient(host.Client, "c-malformed");

        using var response = await client.PostRawAsync(client.MessageJson("hallo"), bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
