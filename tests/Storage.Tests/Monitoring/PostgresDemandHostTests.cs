using Npgsql;
using TrierBot.Bot.Tests;
using TrierBot.Monitoring;

namespace TrierBot.Storage.Tests.Monitoring;

/// <summary>The real host with <c>Storage:Provider=PostgreSQL</c>: its searches are counted in the database, and "Lösche meine Daten" leaves the anonymous counts.</summary>
public sealed class PostgresDemandHostTests(Postgres.PostgresDatabase database) : IClassFixture<Postgres.PostgresDatabase>
{
    [Fact]
    public async Task DeleteMyData_AfterAGuidedSearch_ConversationGoneAndTheDemandCountStays()
    {
        await using var host = await LoopbackHost.StartAsync(settings: new Dictionary<string, string>
        {
            ["Storage:Provider"] = "PostgreSQL",
            ["ConnectionStrings:PostgreSQL"] = database.ConnectionString,
        });
        var user = new BotClient(host.Client, "c-demand-erase");
        await user.SayAsync("ich suche einen robotik kurs für meine tochter, sie ist 10 und wohnt in Trier-West");
        await host.Services.GetRequiredService<DemandRecorder>().FlushAsync();
        Assert.IsType<PostgresDemandStore>(host.Services.GetRequiredService<IDemandStore>());

        await user.SayAsync("Lösche meine Daten");
        await user.SayAsync("ja");

        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        await using var state = source.CreateCommand("SELECT count(*) FROM bot_state WHERE key = 'test/conversations/c-demand-erase'");
        Assert.Equal(0L, await state.ExecuteScalarAsync());
        await using var counts = source.CreateCommand("SELECT topic, district, count FROM demand_counts");
        await using var reader = await counts.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(("Mint", "Trier-West/Pallien", 1), (reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        Assert.False(await reader.ReadAsync());
    }
}
