using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TrierBot.Channels.Tests.Support;
using TrierBot.Channels.WhatsApp;
using TrierBot.Dialogs.Conversations;
using TrierBot.Handoff;

namespace TrierBot.Channels.Tests;

/// <summary>
/// The counsellor hand-off through each messenger, end to end on the real host: the real dialogs start it, the
/// real middleware and queue hold it, a counsellor works it through the console API, and everything the user
/// sees is checked as the exact request the adapter made to the fake messenger API.
/// </summary>
public sealed class MessengerHandoffTests : IAsyncLifetime
{
    private const string AskForHuman = "ich will mit einem menschen reden";
    private const string CounsellorText = "Hallo, wie kann ich dir helfen?";

    // Messengers show every message as the bot's: the counsellor's name goes in front of the text.
    private const string CounsellorTextAsSent = "Anna (Beratung): " + CounsellorText;
    private const string UserTextDuringHandoff = "ich such einen lesekurs für meine mutter";
    private const string UserTextAfterHandBack = "ich will ne ausbildung machen";

    private FakeTelegramApi _telegram = null!;
    private FakeWhatsAppApi _whatsApp = null!;

    public async Task InitializeAsync()
    {
        _telegram = await FakeTelegramApi.StartAsync();
        _whatsApp = await FakeWhatsAppApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _telegram.DisposeAsync();
        await _whatsApp.DisposeAsync();
    }

    [Fact]
    public async Task Handoff_OnTelegram_RelayedBothWaysAndBotAnswersAgainAfterHandBack()
    {
        await using var host = await ChannelHost.StartAsync(Merge(TelegramUpdates.Settings(_telegram), CounsellorConsole.AlwaysOpen()));
        await using var console = await CounsellorConsole.OpenAsync(host);

        await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Text(1, AskForHuman));
        var queueNotice = TelegramTexts()[^1];
        Assert.StartsWith("Du bist jetzt in der Warteschlange", queueNotice, StringComparison.Ordinal);
        var caseId = Assert.Single(await console.QueueAsync());

        _telegram.Clear();
        await console.AcceptAsync(caseId);
        AssertTelegramSent(HandoffTexts.Accepted(false, CounsellorConsole.DisplayName));

        // Telegram stumbles twice: the counsellor's message still arrives once.
        _telegram.Clear();
        _telegram.FailNext("sendMessage", 2, 503);
        await console.WriteAsync(caseId, CounsellorText);
        AssertTelegramSent(CounsellorTextAsSent);
        Assert.Equal(3, _telegram.Requests.Count(r => r.Method == "sendMessage"));

        _telegram.Clear();
        await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Text(2, UserTextDuringHandoff));
        Assert.Equal(UserTextDuringHandoff, await console.NextLiveLineAsync(TranscriptEntry.UserRole));
        Assert.Empty(_telegram.Requests);

        await console.HandBackAsync(caseId);
        AssertTelegramSent(HandoffTexts.HandedBack(false));

        _telegram.Clear();
        await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Text(3, UserTextAfterHandBack));
        Assert.Contains(CareerOrientationTexts.AskAge.In(false), TelegramTexts());
        Assert.DoesNotContain(UserTextAfterHandBack, await console.TranscriptAsync(caseId, TranscriptEntry.UserRole));
        Assert.Empty(await console.QueueAsync());
    }

    [Fact]
    public async Task Handoff_OnWhatsApp_RelayedBothWaysAndBotAnswersAgainAfterHandBack()
    {
        await using var host = await ChannelHost.StartAsync(Merge(WhatsAppNotifications.Settings(_whatsApp), CounsellorConsole.AlwaysOpen()));
        await using var console = await CounsellorConsole.OpenAsync(host);

        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.h1", AskForHuman));
        Assert.StartsWith("Du bist jetzt in der Warteschlange", WhatsAppTexts()[^1], StringComparison.Ordinal);
        var caseId = Assert.Single(await console.QueueAsync());

        _whatsApp.Clear();
        await console.AcceptAsync(caseId);
        AssertWhatsAppSent(HandoffTexts.Accepted(false, CounsellorConsole.DisplayName));

        // The Cloud API stumbles twice: the counsellor's message still arrives once.
        _whatsApp.Clear();
        _whatsApp.FailNext(2, 503);
        await console.WriteAsync(caseId, CounsellorText);
        AssertWhatsAppSent(CounsellorTextAsSent);
        Assert.Equal(3, _whatsApp.Requests.Count);

        _whatsApp.Clear();
        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.h2", UserTextDuringHandoff));
        Assert.Equal(UserTextDuringHandoff, await console.NextLiveLineAsync(TranscriptEntry.UserRole));
        Assert.Empty(_whatsApp.Requests);

        await console.HandBackAsync(caseId);
        AssertWhatsAppSent(HandoffTexts.HandedBack(false));

        _whatsApp.Clear();
        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.h3", UserTextAfterHandBack));
        Assert.Contains(CareerOrientationTexts.AskAge.In(false), WhatsAppTexts());
        Assert.DoesNotContain(UserTextAfterHandBack, await console.TranscriptAsync(caseId, TranscriptEntry.UserRole));
        Assert.Empty(await console.QueueAsync());
    }

    [Fact]
    public async Task DeleteMyData_OnWhatsAppWhileQueued_ConfirmationReachesTheNumberThenItIsForgotten()
    {
        await using var host = await ChannelHost.StartAsync(Merge(WhatsAppNotifications.Settings(_whatsApp), CounsellorConsole.AlwaysOpen()));
        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.d1", AskForHuman));
        var contacts = host.Services.GetRequiredService<WhatsAppContactDirectory>();
        var userId = contacts.IdFor(WhatsAppNotifications.WaId);
        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.d2", "Lösche meine Daten"));

        _whatsApp.Clear();
        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.d3", "ja"));

        AssertWhatsAppSent(HandoffTexts.Deleted(false));
        Assert.Null(contacts.NumberFor(userId));
        Assert.Empty(host.Services.GetRequiredService<HandoffStore>().OpenCases());
    }

    // Exactly one sendMessage, to the user's chat, with nothing but the text (no keyboard, no formatting).
    private void AssertTelegramSent(string text)
    {
        var sent = Assert.Single(_telegram.Accepted("sendMessage"));
        var expected = new JsonObject { ["chat_id"] = TelegramUpdates.ChatId, ["text"] = text };
        Assert.True(JsonNode.DeepEquals(expected, sent), sent.ToJsonString());
    }

    // Exactly one Cloud API message to the user's number, as a plain text message.
    private void AssertWhatsAppSent(string text)
    {
        var sent = Assert.Single(_whatsApp.Accepted);
        var expected = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["recipient_type"] = "individual",
            ["to"] = WhatsAppNotifications.WaId,
            ["type"] = "text",
            ["text"] = new JsonObject { ["preview_url"] = false, ["body"] = text },
        };
        Assert.True(JsonNode.DeepEquals(expected, sent), sent.ToJsonString());
        Assert.All(_whatsApp.Requests, r => Assert.Equal("Bearer " + FakeWhatsAppApi.AccessToken, r.Authorization));
    }

    private List<string> TelegramTexts() => _telegram.Accepted("sendMessage").Select(m => m["text"]!.GetValue<string>()).ToList();

    // Text messages' bodies and interactive messages' body texts, in order.
    private List<string> WhatsAppTexts() => _whatsApp.Accepted
        .Select(m => (m["text"]?["body"] ?? m["interactive"]?["body"]?["text"])?.GetValue<string>() ?? "")
        .ToList();

    private static Dictionary<string, string> Merge(Dictionary<string, string> first, Dictionary<string, string> second)
    {
        foreach (var (key, value) in second)
        {
            first[key] = value;
        }

        return first;
    }
}
