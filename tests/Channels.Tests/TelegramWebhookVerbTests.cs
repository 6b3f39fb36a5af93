using System.Text.Json.Nodes;
using TrierBot.Channels.Tests.Support;
using TrierBot.Cli;

namespace TrierBot.Channels.Tests;

public sealed class TelegramWebhookVerbTests : IAsyncLifetime
{
    private FakeTelegramApi _api = null!;
    private string _dataFolder = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeTelegramApi.StartAsync();
        _dataFolder = Directory.CreateTempSubdirectory("trierbot-channels-cli-").FullName;
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    [Fact]
    public async Task TelegramWebhook_HttpsUrl_CallsSetWebhookWithSecretAndUpdateKinds()
    {
        var output = new StringWriter();

        var exit = await CommandLine.RunAsync(Args("https://bot.example.org/api/telegram"), output, new StringWriter());

        Assert.Equal(0, exit);
        var call = Assert.Single(_api.Accepted("setWebhook"));
        var expected = new JsonObject
        {
            ["url"] = "https://bot.example.org/api/telegram",
            ["secret_token"] = TelegramUpdates.Secret,
            ["allowed_updates"] = new JsonArray("message", "callback_query"),
        };
        Assert.True(JsonNode.DeepEquals(expected, call), call.ToJsonString());
        Assert.Contains("https://bot.example.org/api/telegram", output.ToString());
    }

    [Fact]
    public async Task TelegramWebhook_PlainHttpUrl_RefusedWithoutCallingTelegram()
    {
        var error = new StringWriter();

        var exit = await CommandLine.RunAsync(Args("http://bot.example.org/api/telegram"), new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Empty(_api.Requests);
        Assert.Contains("https", error.ToString());
    }

    private string[] Args(string url) =>
    [
        "telegram-webhook", url,
        $"--State:DatabasePath={Path.Combine(_dataFolder, "state.db")}",
        $"--Knowledge:DatabasePath={Path.Combine(_dataFolder, "knowledge.db")}",
        $"--Channels:DatabasePath={Path.Combine(_dataFolder, "channels.db")}",
        .. TelegramUpdates.Settings(_api).Select(kv => $"--{kv.Key}={kv.Value}"),
    ];
}
