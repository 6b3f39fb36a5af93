using System.Net;
using Newtonsoft.Json.Linq;
using TrierBot.Handoff;
using TrierBot.Privacy;

namespace TrierBot.Bot.Tests;

/// <summary>
/// "Lösche meine Daten", the page's "Verlauf jetzt löschen" and retention through the real host: afterwards no file
/// of its data folder holds a word the person wrote, neither in the stores nor in LiteDB's logs, also when the word
/// was written to a counsellor (hand-off case and its transcript).
/// </summary>
public sealed class ErasureTests
{
    private const string DirectLineChannel = "directline";

    [Fact]
    public async Task DeleteConversation_PageButtonDuringHandoff_NoFileHoldsTheMarker()
    {
        var marker = NewMarker();
        await using var host = await LoopbackHost.StartAsync();
        var client = await TalkOnDirectLineAsync(host, marker);

        using var deleted = await client.DeleteAsync();

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(host.Services.GetRequiredService<HandoffStore>().OpenCases());
        await AssertNoTraceAsync(host, marker);
    }

    [Fact]
    public async Task DeleteMyData_TypedOnDirectLineDuringHandoff_ConfirmationArrivesAndNoFileHoldsTheMarker()
    {
        var marker = NewMarker();
        await using var host = await LoopbackHost.StartAsync();
        var client = await TalkOnDirectLineAsync(host, marker);
        using var socket = await client.ConnectStreamAsync();
        await client.SayAsync("Lösche meine Daten");

        using var yes = await client.PostAsync("ja");

        Assert.Equal(HttpStatusCode.OK, yes.StatusCode);
        var delivered = await DirectLineClient.ReadUntilClosedAsync(socket, TimeSpan.FromSeconds(30));
        var done = Assert.Single(delivered, a => ((string?)a["text"])?.StartsWith("Erledigt", StringComparison.Ordinal) == true);
        Assert.True((bool?)done["channelData"]?[ConversationEraser.ErasedChannelDataProperty]);
        // A reload must not resume it: the page starts a new conversation instead.
        using var resumed = await client.SendAsync(HttpMethod.Get, $"conversations/{client.ConversationId}");
        Assert.Equal(HttpStatusCode.NotFound, resumed.StatusCode);
        Assert.Empty(host.Services.GetRequiredService<HandoffStore>().OpenCases());
        await AssertNoTraceAsync(host, marker);
    }

    [Fact]
    public async Task DeleteMyData_TypedOnApiMessagesDuringHandoff_AnsweredAndNoFileHoldsTheMarker()
    {
        var marker = NewMarker();
        await using var host = await LoopbackHost.StartAsync();
        var client = new BotClient(host.Client, "c-erase-" + marker);
        await client.SayAsync($"ich suche ein praktikum als {marker}");
        await client.SayAsync("16");
        await client.SayAsync("ich will mit einem menschen reden");
        var store = host.Services.GetRequiredService<HandoffStore>();
        var handoffCase = store.FindOpenCase("test", client.ConversationId);
        Assert.NotNull(handoffCase);
        await client.SayAsync($"mein stichwort ist {marker}");
        Assert.Contains(store.Transcript(handoffCase.Id), line => line.Text.Contains(marker, StringComparison.Ordinal));
        Assert.NotEmpty(DataFolderTraces.FilesContaining(host.DataFolder, marker));
        await client.SayAsync("Lösche meine Daten");

        var replies = await client.SayTextsAsync("ja");

        Assert.StartsWith("Erledigt", Assert.Single(replies), StringComparison.Ordinal);
        Assert.Empty(store.OpenCases());
        await AssertNoTraceAsync(host, marker);
    }

    [Fact]
    public async Task Retention_ShortRetentionExpired_NoFileHoldsTheMarker()
    {
        var marker = NewMarker();
        var retention = TimeSpan.FromSeconds(4);
        await using var host = await LoopbackHost.StartAsync(settings: new Dictionary<string, string>
        {
            ["State:RetentionDays"] = (retention.TotalDays).ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            ["Handoff:RetentionDays"] = (retention.TotalDays).ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            ["DirectLine:Retention"] = retention.ToString(),
        });
        await TalkOnDirectLineAsync(host, marker);
        await Task.Delay(retention + TimeSpan.FromSeconds(1));

        var erased = await host.Services.GetRequiredService<ConversationEraser>().EraseExpiredAsync(CancellationToken.None);

        Assert.True(erased > 0);
        Assert.Empty(host.Services.GetRequiredService<HandoffStore>().OpenCases());
        await AssertNoTraceAsync(host, marker);
    }

    /// <summary>A conversation on Direct Line that writes the marker to the bot and then, handed off, to a counsellor.</summary>
    private static async Task<DirectLineClient> TalkOnDirectLineAsync(LoopbackHost host, string marker)
    {
        var client = new DirectLineClient(host.Client);
        await client.StartAsync();
        await client.SayAsync($"ich suche ein praktikum als {marker}");
        await client.SayAsync("16");
        await client.SayAsync("ich will mit einem menschen reden");
        var store = host.Services.GetRequiredService<HandoffStore>();
        var handoffCase = store.FindOpenCase(DirectLineChannel, client.ConversationId);
        Assert.NotNull(handoffCase);
        await client.SayAsync($"mein stichwort ist {marker}");
        Assert.Contains(store.Transcript(handoffCase.Id), line => line.Text.Contains(marker, StringComparison.Ordinal));
        // The test means something only if the marker did reach the files.
        Assert.NotEmpty(DataFolderTraces.FilesContaining(host.DataFolder, marker));
        return client;
    }

    /// <summary>No trace while the host runs (LiteDB's -log.db files are read as they are), nor once it has stopped.</summary>
    private static async Task AssertNoTraceAsync(LoopbackHost host, string marker)
    {
        Assert.Empty(DataFolderTraces.FilesContaining(host.DataFolder, marker));
        await host.StopAsync();
        Assert.Empty(DataFolderTraces.FilesContaining(host.DataFolder, marker));
    }

    private static string NewMarker() => "zq" + Guid.NewGuid().ToString("N")[..14];
}
