using System.Text;
using TrierBot.Bot.Tests;
using TrierBot.Dialogs.Monitoring;
using TrierBot.Monitoring;

namespace TrierBot.Monitoring.Tests;

/// <summary>
/// Conversations on the test channel through the real host (<c>/api/messages</c>) leave anonymous demand counts: the
/// end of a search with offers, one with nothing, a hand-off — and none of them keeps text or ids.
/// </summary>
public sealed class DemandRecordTests
{
    private const string Marker = "Quokkafalterzauber";

    [Fact]
    public async Task GuidedSearch_OffersShown_CountsTopicAgeBandDistrictAndTimeWish()
    {
        await using var host = await LoopbackHost.StartAsync();
        var user = new BotClient(host.Client, "conv-mint-offers");

        await user.SayAsync("ich suche einen robotik kurs für meine tochter, sie ist 10 und wohnt in Trier-West, am liebsten nachmittags");

        var count = Assert.Single(await CountsAsync(host));
        Assert.Equal(1, count.Count);
        var record = count.Record;
        Assert.Equal("Mint", record.Topic);
        Assert.Equal("10-13", record.AgeBand);
        Assert.Equal("Trier-West/Pallien", record.District);
        Assert.Contains(DemandVocabulary.Afternoons, record.TimeWishes);
        Assert.Contains("Robotik", record.Categories);
        Assert.True(record.Found > 0);
        Assert.False(record.Handoff);
        Assert.Equal("test", record.Channel);
        Assert.Equal("de", record.Language);
        Assert.Equal(DateTime.Now.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), record.Month);
    }

    [Fact]
    public async Task GuidedSearch_NothingFits_CountsUnmetDemand()
    {
        await using var host = await LoopbackHost.StartAsync();
        var user = new BotClient(host.Client, "conv-nothing");

        await user.SayAsync("ich bin 17 und suche einen Kurs für den Staplerschein in Trier-Nord");

        var record = Assert.Single(await CountsAsync(host)).Record;
        Assert.Equal(0, record.Found);
        Assert.True(record.Unmet);
        Assert.Equal("14-17", record.AgeBand);
        Assert.Equal("Trier-Nord", record.District);
    }

    [Fact]
    public async Task GuidedSearch_HandoffAfterOffers_MovesTheSearchToHandoffInsteadOfCountingTwice()
    {
        await using var host = await LoopbackHost.StartAsync();
        var user = new BotClient(host.Client, "conv-mint-handoff");

        await user.SayAsync("ich suche einen robotik kurs für meine tochter, sie ist 10 und wohnt in Trier-West");
        Assert.False(Assert.Single(await CountsAsync(host)).Record.Handoff);
        await user.SayAsync("ich will mit einem menschen reden");

        var count = Assert.Single(await CountsAsync(host));
        Assert.Equal(1, count.Count);
        Assert.True(count.Record.Handoff);
        Assert.True(count.Record.Found > 0);
    }

    [Fact]
    public async Task Handoff_BeforeAnySearch_CountsAPersonAskedForWithoutSearch()
    {
        await using var host = await LoopbackHost.StartAsync();
        var user = new BotClient(host.Client, "conv-human");

        await user.SayAsync("hallo");
        await user.SayAsync("ich will mit einem menschen reden");

        var record = Assert.Single(await CountsAsync(host)).Record;
        Assert.True(record.Handoff);
        Assert.Null(record.Found);
    }

    [Fact]
    public async Task StoreFile_AfterConversationsWithMarker_HoldsNoTextAndNoIds()
    {
        await using var host = await LoopbackHost.StartAsync();
        var conversationId = "conv-" + Marker.ToLowerInvariant();
        var user = new BotClient(host.Client, conversationId);

        await user.SayAsync($"ich suche einen robotik kurs {Marker} für meine tochter, sie ist 10 und wohnt in Trier-West");
        await user.SayAsync($"{Marker} lieber am wochenende");
        var second = new BotClient(host.Client, "conv-nothing-" + Marker);
        await second.SayAsync($"ich bin 17 und suche einen Kurs für den Staplerschein {Marker} in Trier-Nord");
        Assert.NotEmpty(await CountsAsync(host));
        var path = Path.Combine(host.DataFolder, "monitoring.db");
        await host.StopAsync();

        var bytes = Directory.GetFiles(host.DataFolder, "monitoring*").SelectMany(File.ReadAllBytes).ToArray();
        Assert.True(bytes.Length > 0, path);
        foreach (var secret in new[] { Marker, Marker.ToLowerInvariant(), conversationId, "user-" + conversationId, "Staplerschein", "robotik kurs" })
        {
            Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(secret)), $"the store holds „{secret}“");
            Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(secret)), $"the store holds „{secret}“ (UTF-16)");
        }
    }

    private static async Task<IReadOnlyList<DemandCount>> CountsAsync(LoopbackHost host)
    {
        await host.Services.GetRequiredService<DemandRecorder>().FlushAsync();
        return host.Services.GetRequiredService<IDemandStore>().Read();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
