using System.Net;
using Microsoft.Bot.Builder;
using Npgsql;
using TrierBot.Bot.Tests;
using TrierBot.Dialogs.State;

namespace TrierBot.Storage.Tests.Postgres;

/// <summary>The real host with <c>Storage:Provider=PostgreSQL</c>: several instances, each with a data folder of its own, on one database.</summary>
public sealed class PostgresHostTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private Dictionary<string, string> Settings => new()
    {
        ["Storage:Provider"] = "PostgreSQL",
        ["ConnectionStrings:PostgreSQL"] = database.ConnectionString,
    };

    [Fact]
    public async Task Turns_ConversationMovesToASecondInstance_DialogContinuesThere()
    {
        await using var first = await LoopbackHost.StartAsync(settings: Settings);
        await using var second = await LoopbackHost.StartAsync(settings: Settings);

        var answered = await DialogResumeScenario.RunBeforeRestartAsync(new BotClient(first.Client, "c-moved"));

        // The second instance shares no file with the first: only the database can tell it where the dialog stands.
        Assert.NotEqual(first.DataFolder, second.DataFolder);
        await DialogResumeScenario.AssertResumesAsync(second.Client, "c-moved", answered);
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        await using var rows = source.CreateCommand("SELECT count(*) FROM bot_state WHERE key = 'test/conversations/c-moved'");
        Assert.Equal(1L, await rows.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Post_TwentyConcurrentMessagesSplitOverTwoInstances_CountsEveryTurn()
    {
        await using var first = await LoopbackHost.StartAsync(settings: Settings);
        await using var second = await LoopbackHost.StartAsync(settings: Settings);
        var viaFirst = new BotClient(first.Client, "c-two-hosts");
        var viaSecond = new BotClient(second.Client, "c-two-hosts");

        await Task.WhenAll(Enumerable.Range(1, 20).Select(i => (i % 2 == 0 ? viaFirst : viaSecond).SayAsync($"nachricht {i}")));

        // Every turn counted: no instance overwrote a turn that ran on the other meanwhile.
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        var items = await new PostgresStorage(source).ReadAsync(["test/conversations/c-two-hosts"]);
        var state = Assert.IsAssignableFrom<IDictionary<string, object>>(Assert.Single(items).Value);
        Assert.Equal(20, Assert.IsType<ConversationData>(state[nameof(ConversationData)]).TurnCount);
    }

    [Fact]
    public async Task Transcript_MessagesOnOneInstance_ReadableOnTheOther()
    {
        await using var first = await LoopbackHost.StartAsync(settings: Settings);
        await using var second = await LoopbackHost.StartAsync(settings: Settings);
        await new BotClient(first.Client, "c-transcript").SayAsync("Ich suche einen Deutschkurs für meine Mutter");

        // What a counsellor on the second instance is shown when the person asks for help there.
        var page = await second.Services.GetRequiredService<ITranscriptStore>().GetTranscriptActivitiesAsync("test", "c-transcript");

        Assert.Contains("Ich suche einen Deutschkurs für meine Mutter", page.Items.Select(a => a.AsMessageActivity().Text));
        Assert.Contains(page.Items, a => a.From.Role == "bot");
    }

    [Fact]
    public async Task Services_PostgreSqlWithTelegram_RecogniseARedeliveryOnEitherInstance()
    {
        var settings = Settings;
        settings["Telegram:BotToken"] = "123456:TEST";
        settings["Telegram:WebhookSecret"] = "geheimes-webhook-token";
        settings["Telegram:ApiBaseUrl"] = "http://127.0.0.1:9/";
        await using var first = await LoopbackHost.StartAsync(settings: settings);
        await using var second = await LoopbackHost.StartAsync(settings: settings);

        var key = "tg:update:" + Guid.NewGuid();
        Assert.True(first.Services.GetRequiredService<TrierBot.Channels.IWebhookDeduplicator>().TryClaim(key));
        Assert.False(second.Services.GetRequiredService<TrierBot.Channels.IWebhookDeduplicator>().TryClaim(key));
    }

    [Fact]
    public async Task Healthz_PostgreSqlProvider_ReportsHealthy()
    {
        await using var host = await LoopbackHost.StartAsync(settings: Settings);

        var response = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("PostgreSQL", "", "ConnectionStrings:PostgreSQL")]
    [InlineData("Oracle", "", "Storage:Provider 'Oracle' is unknown")]
    public void Build_IncompleteStorageSettings_FailsNamingTheSetting(string provider, string connectionString, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Program.BuildWebApp(["--urls=http://127.0.0.1:0", $"--Storage:Provider={provider}", $"--ConnectionStrings:PostgreSQL={connectionString}"]));

        Assert.Contains(expected, error.Message);
    }
}
