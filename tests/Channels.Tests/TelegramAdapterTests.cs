using TrierBot.Dialogs.Texts;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using TrierBot.Channels.Telegram;
using TrierBot.Channels.Tests.Support;
using TrierBot.Dialogs;
using TrierBot.Dialogs.Conversations;

namespace TrierBot.Channels.Tests;

public sealed class TelegramAdapterTests : IAsyncLifetime
{
    private const string LongValue = "Ich möchte eine Ausbildung im Handwerk in Trier-Nord beginnen, am liebsten ab Sommer 2027";
    private FakeTelegramApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeTelegramApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Webhook_StartThenMessages_RealBotWelcomesOnceInTheChat()
    {
        await using var host = await ChannelHost.StartAsync(TelegramUpdates.Settings(_api));

        Assert.Equal(HttpStatusCode.OK, (await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Text(1, "/start"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Text(2, "hallo"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Text(3, "ich such ne ausbildung"))).StatusCode);

        var sent = _api.Accepted("sendMessage");
        Assert.NotEmpty(sent);
        Assert.All(sent, m => Assert.Equal(TelegramUpdates.ChatId, m["chat_id"]!.GetValue<long>()));
        Assert.All(sent, m => Assert.False(string.IsNullOrWhiteSpace(m["text"]!.GetValue<string>())));
        Assert.Single(sent, m => m["text"]!.GetValue<string>().Contains(TrierActivityHandler.WelcomeText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Webhook_GuidedCareerConversation_RealBotAsksStepByStepAndButtonsLeadToOfferDetails()
    {
        await using var host = await ChannelHost.StartAsync(TelegramUpdates.Settings(_api));

        await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Text(1, "ich will ne ausbildung machen"));
        AssertLastSent(new JsonObject { ["chat_id"] = TelegramUpdates.ChatId, ["text"] = CommonTexts.AskAgeSelf.In(Register.Du) });

        // The guided topic engine shows offers as soon as the topic and the age are known.
        _api.Clear();
        await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Text(2, "16"));
        var offers = _api.Accepted("sendMessage").Where(m => m["reply_markup"]?["inline_keyboard"]?[0]?[0]?["text"]?.GetValue<string>() == "Details").ToList();
        Assert.NotEmpty(offers);

        _api.Clear();
        var firstOffer = offers[0]["text"]!.GetValue<string>();
        await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Click(3, CallbackDataOf(offers[0], "Details")));
        var details = string.Join("\n", _api.Accepted("sendMessage").Select(m => m["text"]!.GetValue<string>()));
        Assert.Contains(firstOffer[..firstOffer.IndexOf('\n', StringComparison.Ordinal)], details, StringComparison.Ordinal);
        Assert.Contains("@", details, StringComparison.Ordinal);
        AssertClickAnswered("cbq-3");
    }

    [Fact]
    public async Task Webhook_SuggestedActions_BecomeInlineKeyboardAndClicksComeBackAsValues()
    {
        var bot = new ScriptedBot(async (turn, ct) =>
        {
            if (turn.Activity.Type != ActivityTypes.Message)
            {
                return;
            }

            var reply = MessageFactory.SuggestedActions(
                [new CardAction(ActionTypes.ImBack, "Ausbildung", value: "ausbildung"), new CardAction(ActionTypes.ImBack, "Lange Wahl", value: LongValue)],
                "Worum geht es?", toList: null);
            await turn.SendActivityAsync(reply, ct);
        });
        await using var host = await ChannelHost.StartAsync(TelegramUpdates.Settings(_api), bot);

        await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Text(10, "hallo"));
        var menu = Assert.Single(_api.Accepted("sendMessage"));
        var keyboard = menu["reply_markup"]!["inline_keyboard"]!.AsArray();
        Assert.Equal("Worum geht es?", menu["text"]!.GetValue<string>());
        Assert.Equal(2, keyboard.Count);
        Assert.Equal("Ausbildung", keyboard[0]![0]!["text"]!.GetValue<string>());
        Assert.Equal("v:ausbildung", keyboard[0]![0]!["callback_data"]!.GetValue<string>());
        var longData = keyboard[1]![0]!["callback_data"]!.GetValue<string>();
        Assert.True(Encoding.UTF8.GetByteCount(longData) <= 64, longData);

        await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Click(11, "v:ausbildung"));
        await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Click(12, longData));

        Assert.Equal(["hallo", "ausbildung", LongValue], bot.Received.Select(a => a.Text));
        Assert.All(bot.Received, a => Assert.Equal("telegram:4242", a.Conversation.Id));
        Assert.All(bot.Received, a => Assert.Equal("telegram:777", a.From.Id));
        Assert.Equal(["cbq-11", "cbq-12"], _api.Accepted("answerCallbackQuery").Select(b => b["callback_query_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Webhook_CardButtonWithObjectValue_ClickDeliversValueWithButtonTitle()
    {
        var bot = new ScriptedBot(async (turn, ct) =>
        {
            if (turn.Activity.Value is not null)
            {
                await turn.SendActivityAsync("Details kommen.", cancellationToken: ct);
                return;
            }

            var card = new HeroCard("Werkstatt-Tag (Beispiel)", "Beispiel-Bildungsträger", "Sa 14–17 Uhr, kostenlos",
                buttons: [new CardAction(ActionTypes.PostBack, "Details", value: new JObject { ["action"] = "details", ["id"] = "retribus:RB-1042" })]);
            await turn.SendActivityAsync(MessageFactory.Attachment(card.ToAttachment()), ct);
        });
        await using var host = await ChannelHost.StartAsync(TelegramUpdates.Settings(_api), bot);

        await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Text(20, "werkstatt"));
        var cardMessage = Assert.Single(_api.Accepted("sendMessage"));
        Assert.Equal("Werkstatt-Tag (Beispiel)\nBeispiel-Bildungsträger\nSa 14–17 Uhr, kostenlos", cardMessage["text"]!.GetValue<string>());
        var button = cardMessage["reply_markup"]!["inline_keyboard"]![0]![0]!;
        Assert.Equal("Details", button["text"]!.GetValue<string>());

        await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Click(21, button["callback_data"]!.GetValue<string>()));

        var click = bot.Received[^1];
        Assert.Equal("Details", click.Text);
        var value = Assert.IsType<JObject>(click.Value);
        Assert.Equal("details", (string?)value["action"]);
        Assert.Equal("retribus:RB-1042", (string?)value["id"]);
    }

    [Theory]
    [InlineData("wrong-secret")]
    [InlineData(null)]
    public async Task Webhook_WrongOrMissingSecret_Returns401AndIsNotProcessed(string? secret)
    {
        var bot = new ScriptedBot((turn, ct) => turn.SendActivityAsync("hi", cancellationToken: ct));
        await using var host = await ChannelHost.StartAsync(TelegramUpdates.Settings(_api), bot);

        using var response = await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Text(30, "hallo"), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Received);
        Assert.Empty(_api.Requests);

        // Not even its update id was taken: the genuine delivery of that id still goes through.
        using var genuine = await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Text(30, "hallo"));
        Assert.Equal("hallo", Assert.Single(bot.Received).Text);
    }

    [Fact]
    public async Task Webhook_SameUpdateDeliveredTwice_ProcessedOnce()
    {
        var bot = new ScriptedBot((turn, ct) => turn.SendActivityAsync("Antwort", cancellationToken: ct));
        await using var host = await ChannelHost.StartAsync(TelegramUpdates.Settings(_api), bot);

        using var first = await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Text(40, "hallo"));
        using var second = await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Text(40, "hallo"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(bot.Received);
        Assert.Single(_api.Accepted("sendMessage"));
    }

    [Fact]
    public async Task Send_ApiFailsTwiceWith503_OneMessageDelivered()
    {
        var bot = new ScriptedBot((turn, ct) => turn.SendActivityAsync("Antwort", cancellationToken: ct));
        await using var host = await ChannelHost.StartAsync(TelegramUpdates.Settings(_api), bot);
        _api.FailNext("sendMessage", 2, 503);

        await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Text(50, "hallo"));

        Assert.Equal(3, _api.Requests.Count(r => r.Method == "sendMessage"));
        var delivered = Assert.Single(_api.Accepted("sendMessage"));
        Assert.Equal("Antwort", delivered["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Send_ApiAnswers429WithRetryAfter_WaitsAndDeliversOnce()
    {
        var bot = new ScriptedBot((turn, ct) => turn.SendActivityAsync("Antwort", cancellationToken: ct));
        var settings = TelegramUpdates.Settings(_api);
        // Room for Telegram's whole seconds; a retry_after of 2 s is well beyond what the backoff alone would wait.
        settings["Telegram:Retry:MaxDelay"] = "00:00:05";
        await using var host = await ChannelHost.StartAsync(settings, bot);
        _api.FailNext("sendMessage", 1, 429, retryAfter: 2);

        await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Text(55, "hallo"));

        var attempts = _api.Requests.Where(r => r.Method == "sendMessage").ToList();
        Assert.Equal(2, attempts.Count);
        var waited = System.Diagnostics.Stopwatch.GetElapsedTime(attempts[0].Received, attempts[1].Received);
        Assert.True(waited >= TimeSpan.FromSeconds(1.98), $"retried after {waited.TotalMilliseconds:0} ms, not after Telegram's retry_after of 2 s");
        Assert.Equal("Antwort", Assert.Single(_api.Accepted("sendMessage"))["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Webhook_DuplicateAfterRestart_StillProcessedOnceAndOldButtonsWork()
    {
        var dataFolder = ChannelHost.NewDataFolder();
        var firstBot = new ScriptedBot(async (turn, ct) =>
        {
            var card = new HeroCard("Angebot (Beispiel)", buttons: [new CardAction(ActionTypes.PostBack, "Details", value: new JObject { ["action"] = "details", ["id"] = "mint:M-7" })]);
            await turn.SendActivityAsync(MessageFactory.Attachment(card.ToAttachment()), ct);
        });
        await using (var first = await ChannelHost.StartAsync(TelegramUpdates.Settings(_api), firstBot, dataFolder))
        {
            await TelegramUpdates.PostAsync(first.Http, TelegramUpdates.Text(110, "mint"));
        }

        var data = _api.Accepted("sendMessage")[0]["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>();
        var secondBot = new ScriptedBot((_, _) => Task.CompletedTask);
        await using var second = await ChannelHost.StartAsync(TelegramUpdates.Settings(_api), secondBot, dataFolder);
        await TelegramUpdates.PostAsync(second.Http, TelegramUpdates.Text(110, "mint"));
        await TelegramUpdates.PostAsync(second.Http, TelegramUpdates.Click(111, data));

        var click = Assert.Single(secondBot.Received);
        Assert.Equal("mint:M-7", (string?)Assert.IsType<JObject>(click.Value)["id"]);
    }

    [Fact]
    public async Task Send_ApiRejectsWith400_NotRetriedAndUserGetsApology()
    {
        var bot = new ScriptedBot((turn, ct) => turn.SendActivityAsync("Antwort", cancellationToken: ct));
        await using var host = await ChannelHost.StartAsync(TelegramUpdates.Settings(_api), bot);
        _api.FailNext("sendMessage", 1, 400);

        await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Text(60, "hallo"));

        var attempts = _api.Requests.Where(r => r.Method == "sendMessage").Select(r => r.Body!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(["Antwort", MessengerAdapter.ApologyText], attempts);
    }

    [Fact]
    public async Task Send_AnswerLongerThan4096_SplitIntoMessagesInOrder()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("Beratung ist kostenlos und vertraulich.", 30));
        var text = string.Join("\n\n", Enumerable.Range(1, 8).Select(i => $"{i}. {paragraph}"));
        var bot = new ScriptedBot((turn, ct) => turn.SendActivityAsync(text, cancellationToken: ct));
        await using var host = await ChannelHost.StartAsync(TelegramUpdates.Settings(_api), bot);

        await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Text(70, "hallo"));

        var parts = _api.Accepted("sendMessage").Select(m => m["text"]!.GetValue<string>()).ToList();
        Assert.True(parts.Count >= 3, $"{parts.Count} parts");
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 4096));
        Assert.Equal(text, string.Join("\n\n", parts));
    }

    [Fact]
    public async Task Webhook_StaleCallbackData_AnsweredWithHintAndBotNotCalled()
    {
        var bot = new ScriptedBot((turn, ct) => turn.SendActivityAsync("hi", cancellationToken: ct));
        await using var host = await ChannelHost.StartAsync(TelegramUpdates.Settings(_api), bot);

        await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Click(80, "a:doesnotexist"));

        Assert.Empty(bot.Received);
        var answer = Assert.Single(_api.Accepted("answerCallbackQuery"));
        Assert.Equal(TelegramAdapter.ExpiredChoiceText, answer["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/hilfe", "hilfe")]
    [InlineData("/help@TrierBot", "help")]
    public async Task Webhook_Command_ArrivesAsWordWithoutSlash(string command, string expected)
    {
        var bot = new ScriptedBot((_, _) => Task.CompletedTask);
        await using var host = await ChannelHost.StartAsync(TelegramUpdates.Settings(_api), bot);

        await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Text(90, command));

        Assert.Equal(expected, Assert.Single(bot.Received).Text);
    }

    [Fact]
    public async Task ContinueConversation_CounsellorMessage_ReachesTheChat()
    {
        var bot = new ScriptedBot((_, _) => Task.CompletedTask);
        await using var host = await ChannelHost.StartAsync(TelegramUpdates.Settings(_api), bot);
        await TelegramUpdates.PostAsync(host.Http, TelegramUpdates.Text(100, "ich möchte mit einem menschen reden"));
        var reference = bot.Received[0].GetConversationReference();

        var adapter = host.Services.GetRequiredService<MessengerChannelAdapters>().Find(reference.ChannelId);
        Assert.NotNull(adapter);
        await adapter.ContinueConversationAsync(string.Empty, reference,
            (turn, ct) => turn.SendActivityAsync("Hallo, hier ist die Bildungsberatung (Beispiel).", cancellationToken: ct), CancellationToken.None);

        var sent = Assert.Single(_api.Accepted("sendMessage"));
        Assert.Equal(TelegramUpdates.ChatId, sent["chat_id"]!.GetValue<long>());
        Assert.Equal("Hallo, hier ist die Bildungsberatung (Beispiel).", sent["text"]!.GetValue<string>());
    }

    // Each tap is acknowledged, so that the user's Telegram stops showing the loading clock on the button.
    private void AssertClickAnswered(string callbackQueryId) =>
        Assert.Equal(callbackQueryId, Assert.Single(_api.Accepted("answerCallbackQuery"))["callback_query_id"]!.GetValue<string>());

    private void AssertLastSent(JsonObject expected)
    {
        var last = _api.Accepted("sendMessage")[^1];
        Assert.True(JsonNode.DeepEquals(expected, last), last.ToJsonString());
    }

    // The callback_data of the inline keyboard button labelled <paramref name="label"/>, as the user's tap sends it.
    private static string CallbackDataOf(JsonNode message, string label) =>
        message["reply_markup"]!["inline_keyboard"]!.AsArray().SelectMany(row => row!.AsArray())
            .Single(button => button!["text"]!.GetValue<string>() == label)!["callback_data"]!.GetValue<string>();
}
