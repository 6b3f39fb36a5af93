using TrierBot.Dialogs.Texts;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using TrierBot.Channels.Tests.Support;
using TrierBot.Dialogs;
using TrierBot.Dialogs.Conversations;

namespace TrierBot.Channels.Tests;

public sealed class WhatsAppAdapterTests : IAsyncLifetime
{
    private FakeWhatsAppApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeWhatsAppApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task VerifyWebhook_RightToken_EchoesChallenge()
    {
        await using var host = await ChannelHost.StartAsync(WhatsAppNotifications.Settings(_api), new ScriptedBot((_, _) => Task.CompletedTask));

        using var response = await host.Http.GetAsync($"/api/whatsapp?hub.mode=subscribe&hub.verify_token={WhatsAppNotifications.VerifyToken}&hub.challenge=1158201444");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1158201444", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("subscribe", "wrong-token")]
    [InlineData("unsubscribe", WhatsAppNotifications.VerifyToken)]
    public async Task VerifyWebhook_WrongTokenOrMode_Returns403(string mode, string token)
    {
        await using var host = await ChannelHost.StartAsync(WhatsAppNotifications.Settings(_api), new ScriptedBot((_, _) => Task.CompletedTask));

        using var response = await host.Http.GetAsync($"/api/whatsapp?hub.mode={mode}&hub.verify_token={token}&hub.challenge=42");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Webhook_TwoMessages_RealBotWelcomesOnceWithTopicListAsExactCloudApiRequest()
    {
        await using var host = await ChannelHost.StartAsync(WhatsAppNotifications.Settings(_api));

        Assert.Equal(HttpStatusCode.OK, (await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.1", "hallo"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.2", "was gibts hier"))).StatusCode);

        Assert.All(_api.Requests, r => Assert.Equal("Bearer " + FakeWhatsAppApi.AccessToken, r.Authorization));
        Assert.All(_api.Requests, r => Assert.Equal($"/{FakeWhatsAppApi.Version}/{FakeWhatsAppApi.PhoneNumberId}/messages", r.Path));
        var welcome = Assert.Single(_api.Accepted, m => m.ToJsonString().Contains("Ich bin TrierBot", StringComparison.Ordinal));
        var expected = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["recipient_type"] = "individual",
            ["to"] = WhatsAppNotifications.WaId,
            ["type"] = "interactive",
            ["interactive"] = new JsonObject
            {
                ["type"] = "list",
                ["body"] = new JsonObject { ["text"] = TrierActivityHandler.WelcomeText },
                ["action"] = new JsonObject
                {
                    ["button"] = "Auswählen",
                    ["sections"] = new JsonArray(new JsonObject
                    {
                        // Row titles end at WhatsApp's 24 characters; the description carries the whole title.
                        ["rows"] = new JsonArray(
                            Row("Ausbildung & Studium"),
                            Row("Lesen, Schreiben, Rechnen", "Lesen, Schreiben, Rechn…"),
                            Row("MINT für Kinder & Jugendliche", "MINT für Kinder & Jugen…"),
                            Row("Bildungsberatung"),
                            Row("Mit einem Menschen sprechen", "Mit einem Menschen spre…")),
                    }),
                },
            },
        };
        Assert.True(JsonNode.DeepEquals(expected, welcome), welcome.ToJsonString());

        static JsonObject Row(string title, string? shortened = null) => shortened is null
            ? new JsonObject { ["id"] = "v:" + title, ["title"] = title }
            : new JsonObject { ["id"] = "v:" + title, ["title"] = shortened, ["description"] = title };
    }

    [Fact]
    public async Task Webhook_GuidedCareerConversation_RealBotAsksStepByStepAndButtonsLeadToOfferDetails()
    {
        await using var host = await ChannelHost.StartAsync(WhatsAppNotifications.Settings(_api));

        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.g1", "ich will ne ausbildung machen"));
        Assert.True(JsonNode.DeepEquals(TextMessage(CommonTexts.AskAgeSelf.In(Register.Du)), _api.Accepted[^1]), _api.Accepted[^1].ToJsonString());

        // The guided topic engine shows offers as soon as the topic and the age are known.
        _api.Clear();
        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.g2", "16"));
        var offers = _api.Accepted.Where(m => m["interactive"]?["action"]?["buttons"]?[0]?["reply"]?["title"]?.GetValue<string>() == "Details").ToList();
        Assert.NotEmpty(offers);
        Assert.All(offers, o => Assert.Equal("button", o["interactive"]!["type"]!.GetValue<string>()));

        _api.Clear();
        var firstOffer = BodyOf(offers[0]);
        var details = offers[0]["interactive"]!["action"]!["buttons"]![0]!["reply"]!;
        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.ButtonReply("wamid.in.g3", details["id"]!.GetValue<string>(), "Details"));
        var answer = string.Join("\n", _api.Accepted.Select(BodyOf));
        Assert.Contains(firstOffer[..firstOffer.IndexOf('\n', StringComparison.Ordinal)], answer, StringComparison.Ordinal);
        Assert.Contains("@", answer, StringComparison.Ordinal);
        Assert.All(_api.Requests, r => Assert.Equal(WhatsAppNotifications.WaId, r.Body!["to"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Webhook_ThreeShortChoices_SentAsReplyButtonsAndClickComesBackAsValue()
    {
        var bot = ChoiceBot(["Ausbildung", "Studium", "Weiß nicht"]);
        await using var host = await ChannelHost.StartAsync(WhatsAppNotifications.Settings(_api), bot);

        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.10", "hallo"));

        var menu = Assert.Single(_api.Accepted);
        Assert.Equal("interactive", menu["type"]!.GetValue<string>());
        Assert.Equal("button", menu["interactive"]!["type"]!.GetValue<string>());
        Assert.Equal("Worum geht es?", menu["interactive"]!["body"]!["text"]!.GetValue<string>());
        var buttons = menu["interactive"]!["action"]!["buttons"]!.AsArray();
        Assert.Equal(["Ausbildung", "Studium", "Weiß nicht"], buttons.Select(b => b!["reply"]!["title"]!.GetValue<string>()));
        Assert.All(buttons, b => Assert.Equal("reply", b!["type"]!.GetValue<string>()));

        var studium = buttons[1]!["reply"]!["id"]!.GetValue<string>();
        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.ButtonReply("wamid.in.11", studium, "Studium"));

        Assert.Equal("wert-2", bot.Received[^1].Text);
    }

    [Fact]
    public async Task Webhook_MessagesOfOneNumber_OneStableIdThatIsNotThePhoneNumber()
    {
        var bot = new ScriptedBot((_, _) => Task.CompletedTask);
        await using var host = await ChannelHost.StartAsync(WhatsAppNotifications.Settings(_api), bot);

        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.15", "hallo"));
        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.16", "noch was"));

        var ids = bot.Received.Select(a => a.Conversation.Id).Concat(bot.Received.Select(a => a.From.Id)).Distinct().ToList();
        var id = Assert.Single(ids);
        Assert.StartsWith("whatsapp:", id, StringComparison.Ordinal);
        Assert.DoesNotContain(WhatsAppNotifications.WaId, id, StringComparison.Ordinal);
        Assert.All(bot.Received, a => Assert.Equal("whatsapp", a.ChannelId));
        Assert.All(bot.Received, a => Assert.Equal("Testnutzer", a.From.Name));
    }

    [Fact]
    public async Task Webhook_SixChoicesWithLongTitle_SentAsListAndRowClickComesBackAsValue()
    {
        var titles = new[] { "Ausbildung", "Studium", "Praktikum", "Freiwilligendienst (FSJ, BFD, FÖJ)", "Lesen und Schreiben", "MINT" };
        var bot = ChoiceBot(titles);
        await using var host = await ChannelHost.StartAsync(WhatsAppNotifications.Settings(_api), bot);

        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.20", "hallo"));

        var menu = Assert.Single(_api.Accepted);
        Assert.Equal("list", menu["interactive"]!["type"]!.GetValue<string>());
        Assert.Equal("Auswählen", menu["interactive"]!["action"]!["button"]!.GetValue<string>());
        var rows = menu["interactive"]!["action"]!["sections"]![0]!["rows"]!.AsArray();
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.InRange(r!["title"]!.GetValue<string>().Length, 1, 24));
        Assert.Equal("Freiwilligendienst (FSJ, BFD, FÖJ)", rows[3]!["description"]!.GetValue<string>());

        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.ListReply("wamid.in.21", rows[3]!["id"]!.GetValue<string>(), rows[3]!["title"]!.GetValue<string>()));

        Assert.Equal("wert-4", bot.Received[^1].Text);
    }

    [Fact]
    public async Task Webhook_TwelveChoices_DegradeToNumberedTextAndDigitPicksTheValue()
    {
        var bot = ChoiceBot(Enumerable.Range(1, 12).Select(i => $"Stadtteil {i}").ToArray(), stopAfterFirst: true);
        await using var host = await ChannelHost.StartAsync(WhatsAppNotifications.Settings(_api), bot);

        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.30", "hallo"));
        var menu = Assert.Single(_api.Accepted);
        Assert.Equal("text", menu["type"]!.GetValue<string>());
        var body = menu["text"]!["body"]!.GetValue<string>();
        Assert.StartsWith("Worum geht es?\n\n1. Stadtteil 1\n2. Stadtteil 2\n", body, StringComparison.Ordinal);
        Assert.Contains("\n12. Stadtteil 12\n", body, StringComparison.Ordinal);

        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.31", " 11 "));
        Assert.Equal("wert-11", bot.Received[^1].Text);

        // The bot's answer to that had no numbered list: a digit now is just a digit (e.g. an age).
        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.32", "3"));
        Assert.Equal("3", bot.Received[^1].Text);
    }

    [Fact]
    public async Task Webhook_CardButtonWithObjectValue_ClickDeliversValueWithButtonTitle()
    {
        var bot = new ScriptedBot(async (turn, ct) =>
        {
            if (turn.Activity.Value is not null)
            {
                return;
            }

            var card = new HeroCard("Werkstatt-Tag (Beispiel)", "Beispiel-Bildungsträger", "Sa 14–17 Uhr, kostenlos",
                buttons: [new CardAction(ActionTypes.MessageBack, "Details", text: "Details", value: new JObject { ["action"] = "details", ["id"] = "retribus:RB-1042" })]);
            await turn.SendActivityAsync(MessageFactory.Attachment(card.ToAttachment()), ct);
        });
        await using var host = await ChannelHost.StartAsync(WhatsAppNotifications.Settings(_api), bot);

        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.40", "werkstatt"));
        var card = Assert.Single(_api.Accepted);
        Assert.Equal("Werkstatt-Tag (Beispiel)\nBeispiel-Bildungsträger\nSa 14–17 Uhr, kostenlos", card["interactive"]!["body"]!["text"]!.GetValue<string>());
        var button = card["interactive"]!["action"]!["buttons"]![0]!["reply"]!;
        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.ButtonReply("wamid.in.41", button["id"]!.GetValue<string>(), "Details"));

        var click = bot.Received[^1];
        Assert.Equal("Details", click.Text);
        Assert.Equal("retribus:RB-1042", (string?)Assert.IsType<JObject>(click.Value)["id"]);
    }

    [Theory]
    [InlineData("wrong-secret")]
    [InlineData(null)]
    public async Task Webhook_BadOrMissingSignature_Returns401AndIsNotProcessed(string? secret)
    {
        var bot = new ScriptedBot((turn, ct) => turn.SendActivityAsync("hi", cancellationToken: ct));
        await using var host = await ChannelHost.StartAsync(WhatsAppNotifications.Settings(_api), bot);

        using var response = await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.50", "hallo"), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Received);
        Assert.Empty(_api.Requests);

        // Not even its message id was taken: the genuine delivery of that id still goes through.
        using var genuine = await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.50", "hallo"));
        Assert.Equal("hallo", Assert.Single(bot.Received).Text);
    }

    [Fact]
    public async Task Webhook_BodyChangedAfterSigning_Returns401AndIsNotProcessed()
    {
        var bot = new ScriptedBot((turn, ct) => turn.SendActivityAsync("hi", cancellationToken: ct));
        await using var host = await ChannelHost.StartAsync(WhatsAppNotifications.Settings(_api), bot);
        var signed = Encoding.UTF8.GetBytes(WhatsAppNotifications.Text("wamid.in.55", "hallo").ToJsonString());
        var signature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(WhatsAppNotifications.AppSecret), signed));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/whatsapp")
        {
            Content = new StringContent(WhatsAppNotifications.Text("wamid.in.55", "lösche alles").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Hub-Signature-256", signature);
        using var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Received);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task Webhook_SameMessageDeliveredTwice_ProcessedOnce()
    {
        var bot = new ScriptedBot((turn, ct) => turn.SendActivityAsync("Antwort", cancellationToken: ct));
        await using var host = await ChannelHost.StartAsync(WhatsAppNotifications.Settings(_api), bot);

        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.60", "hallo"));
        using var again = await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.60", "hallo"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(bot.Received);
        Assert.Single(_api.Accepted);
    }

    [Fact]
    public async Task Webhook_StatusCallback_AcknowledgedAndIgnored()
    {
        var bot = new ScriptedBot((turn, ct) => turn.SendActivityAsync("Antwort", cancellationToken: ct));
        await using var host = await ChannelHost.StartAsync(WhatsAppNotifications.Settings(_api), bot);

        using var response = await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Status("wamid.out.1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Received);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task Send_ApiFailsTwiceWith503_OneMessageDelivered()
    {
        var bot = new ScriptedBot((turn, ct) => turn.SendActivityAsync("Antwort", cancellationToken: ct));
        await using var host = await ChannelHost.StartAsync(WhatsAppNotifications.Settings(_api), bot);
        _api.FailNext(2, 503);

        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.70", "hallo"));

        Assert.Equal(3, _api.Requests.Count);
        var delivered = Assert.Single(_api.Accepted);
        Assert.Equal("Antwort", delivered["text"]!["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task ContinueConversation_CounsellorMessage_ReachesTheUser()
    {
        var bot = new ScriptedBot((_, _) => Task.CompletedTask);
        await using var host = await ChannelHost.StartAsync(WhatsAppNotifications.Settings(_api), bot);
        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text("wamid.in.80", "mensch bitte"));
        var reference = bot.Received[0].GetConversationReference();

        var adapter = host.Services.GetRequiredService<MessengerChannelAdapters>().Find(reference.ChannelId);
        Assert.NotNull(adapter);
        await adapter.ContinueConversationAsync(string.Empty, reference,
            (turn, ct) => turn.SendActivityAsync("Hallo, hier ist die Bildungsberatung (Beispiel).", cancellationToken: ct), CancellationToken.None);

        var sent = Assert.Single(_api.Accepted);
        Assert.Equal(WhatsAppNotifications.WaId, sent["to"]!.GetValue<string>());
        Assert.Equal("Hallo, hier ist die Bildungsberatung (Beispiel).", sent["text"]!["body"]!.GetValue<string>());
    }

    private static JsonObject TextMessage(string body) => new()
    {
        ["messaging_product"] = "whatsapp",
        ["recipient_type"] = "individual",
        ["to"] = WhatsAppNotifications.WaId,
        ["type"] = "text",
        ["text"] = new JsonObject { ["preview_url"] = false, ["body"] = body },
    };

    // What the user reads: a text message's body or an interactive message's body text.
    private static string BodyOf(JsonNode message) =>
        (message["text"]?["body"] ?? message["interactive"]!["body"]!["text"])!.GetValue<string>();

    /// <summary>
    /// The user picks <paramref name="title"/> the way the message offers it: a tap on a reply button or list row,
    /// or, where the choices came as a numbered list, the number typed back.
    /// </summary>
    private async Task ChooseAsync(ChannelHost host, JsonNode offer, string messageId, string title)
    {
        var interactive = offer["interactive"];
        var options = interactive?["type"]?.GetValue<string>() switch
        {
            "button" => interactive["action"]!["buttons"]!.AsArray().Select(b => b!["reply"]!),
            "list" => interactive["action"]!["sections"]!.AsArray().SelectMany(section => section!["rows"]!.AsArray()).Select(r => r!),
            _ => null,
        };
        if (options is not null)
        {
            var option = options.Single(o => o["title"]!.GetValue<string>() == title || o["description"]?.GetValue<string>() == title);
            var reply = interactive!["type"]!.GetValue<string>() == "button"
                ? WhatsAppNotifications.ButtonReply(messageId, option["id"]!.GetValue<string>(), option["title"]!.GetValue<string>())
                : WhatsAppNotifications.ListReply(messageId, option["id"]!.GetValue<string>(), option["title"]!.GetValue<string>());
            await WhatsAppNotifications.PostAsync(host.Http, reply);
            return;
        }

        var line = BodyOf(offer).Split('\n').Single(l => l.EndsWith(". " + title, StringComparison.Ordinal));
        await WhatsAppNotifications.PostAsync(host.Http, WhatsAppNotifications.Text(messageId, line[..line.IndexOf('.', StringComparison.Ordinal)]));
    }

    // Offers the titles as suggested actions with values "wert-1", "wert-2", …; echoes nothing else.
    private static ScriptedBot ChoiceBot(string[] titles, bool stopAfterFirst = false)
    {
        var turns = 0;
        return new ScriptedBot(async (turn, ct) =>
        {
            if (turn.Activity.Type != ActivityTypes.Message)
            {
                return;
            }

            if (Interlocked.Increment(ref turns) > 1 && stopAfterFirst)
            {
                await turn.SendActivityAsync("Danke!", cancellationToken: ct);
                return;
            }

            var actions = titles.Select((t, i) => new CardAction(ActionTypes.ImBack, t, value: $"wert-{i + 1}")).ToList();
            await turn.SendActivityAsync(MessageFactory.SuggestedActions(actions, "Worum geht es?", toList: null), ct);
        });
    }
}
