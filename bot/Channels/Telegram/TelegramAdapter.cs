using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TrierBot.Channels.Telegram;

/// <summary>
/// A self-hosted Bot Framework adapter for the Telegram Bot API (no Azure relay). Webhook updates become
/// activities with stable ids (<c>telegram:&lt;chat id&gt;</c>, <c>telegram:&lt;user id&gt;</c>); bot activities
/// become <c>sendMessage</c> calls rendered by <see cref="TelegramRenderer"/>.
/// </summary>
public sealed class TelegramAdapter : MessengerAdapter
{
    public const string Channel = "telegram";
    public const string IdPrefix = "telegram:";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    public const string ExpiredChoiceText = "Diese Auswahl ist nicht mehr aktuell. Schreib mir einfach, was du suchst.";
    private const int MaxWebhookBytes = 1024 * 1024;

    private readonly TelegramBotApiClient _api;
    private readonly TelegramRenderer _renderer;
    private readonly CardActionStore _actions;
    private readonly IWebhookDeduplicator _deduplicator;
    private readonly byte[] _secret;
    private readonly string _serviceUrl;

    public TelegramAdapter(
        IServiceProvider services,
        TelegramBotApiClient api,
        TelegramRenderer renderer,
        CardActionStore actions,
        IWebhookDeduplicator deduplicator,
        IOptions<TelegramOptions> options,
        ILogger<TelegramAdapter> logger)
        : base(services, logger)
    {
        _api = api;
        _renderer = renderer;
        _actions = actions;
        _deduplicator = deduplicator;
        _secret = Encoding.UTF8.GetBytes(options.Value.WebhookSecret ?? string.Empty);
        _serviceUrl = options.Value.ApiBaseUrl;
    }

    public override string ChannelId => Channel;

    protected override ChannelAccount BotAccount { get; } = new(IdPrefix + "bot", "TrierBot", RoleTypes.Bot);

    /// <summary>
    /// Handles one webhook call: 401 without the right secret header (nothing processed), 400 for a body that
    /// is no update, otherwise 200, also for a repeated update_id (processed once) and for update kinds the
    /// bot ignores, so Telegram does not redeliver them.
    /// </summary>
    public async Task ProcessAsync(HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        if (!HasValidSecret(request))
        {
            Logger.LogWarning("Telegram webhook call with a missing or wrong secret token rejected");
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (request.ContentLength > MaxWebhookBytes)
        {
            response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        JsonDocument update;
        try
        {
            update = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using (update)
        {
            if (!update.RootElement.TryGetProperty("update_id", out var updateId) || updateId.ValueKind != JsonValueKind.Number)
            {
                response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            response.StatusCode = StatusCodes.Status200OK;
            if (!_deduplicator.TryClaim(IdPrefix + updateId.GetInt64().ToString(CultureInfo.InvariantCulture)))
            {
                Logger.LogInformation("Telegram update {UpdateId} delivered again; already processed", updateId.GetInt64());
                return;
            }

            try
            {
                // The turn runs to its end even if Telegram hangs up: half a turn would leave the dialog inconsistent.
                await ProcessUpdateAsync(update.RootElement, CancellationToken.None);
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or KeyNotFoundException)
            {
                // Still 200: a redelivery would be dropped as a duplicate anyway, and the error is ours to fix.
                Logger.LogError(e, "Telegram update {UpdateId} could not be processed", updateId.GetInt64());
            }
        }
    }

    protected override async Task<string> SendMessageAsync(Activity activity, CancellationToken cancellationToken)
    {
        var chatId = ChatIdOf(activity.Conversation?.Id);
        var lastId = string.Empty;
        foreach (var message in _renderer.Render(activity))
        {
            message.Insert(0, "chat_id", chatId);
            var result = await _api.CallAsync("sendMessage", message, cancellationToken);
            lastId = result.ValueKind == JsonValueKind.Object && result.TryGetProperty("message_id", out var id)
                ? id.GetInt64().ToString(CultureInfo.InvariantCulture)
                : lastId;
        }

        return lastId;
    }

    protected override async Task<string> SendTypingAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await _api.CallAsync("sendChatAction", new JsonObject { ["chat_id"] = ChatIdOf(activity.Conversation?.Id), ["action"] = "typing" }, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            // A missing "typing…" hint is no reason to fail the turn.
            Logger.LogDebug(e, "Telegram typing indicator not sent");
        }

        return string.Empty;
    }

    private async Task ProcessUpdateAsync(JsonElement update, CancellationToken cancellationToken)
    {
        if (update.TryGetProperty("message", out var message))
        {
            var activity = FromMessage(message);
            if (activity is not null)
            {
                await ProcessActivityAsync(activity, cancellationToken);
            }
        }
        else if (update.TryGetProperty("callback_query", out var callback))
        {
            await ProcessCallbackAsync(callback, cancellationToken);
        }

        // edited_message, my_chat_member, … : nothing for the bot to answer.
    }

    private Activity? FromMessage(JsonElement message)
    {
        if (!message.TryGetProperty("chat", out var chat) || !message.TryGetProperty("from", out var from))
        {
            return null;
        }

        var text = message.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty;
        var activity = NewActivity(chat, from, ActivityTypes.Message);
        activity.Id = message.GetProperty("message_id").GetInt64().ToString(CultureInfo.InvariantCulture);
        if (message.TryGetProperty("date", out var date) && date.TryGetInt64(out var seconds))
        {
            activity.Timestamp = DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        if (!text.StartsWith('/'))
        {
            activity.Text = text;
            return activity;
        }

        // "/start" (also "/start@TrierBot payload") opens the chat: the bot sees the user join, as in Web Chat.
        var command = text[1..].Split(' ', 2)[0].Split('@')[0];
        if (command.Equals("start", StringComparison.OrdinalIgnoreCase))
        {
            activity.Type = ActivityTypes.ConversationUpdate;
            activity.MembersAdded = [activity.From];
            return activity;
        }

        // Other commands (/hilfe, /help, /neustart) are words the dialogs understand without the slash.
        activity.Text = command + (text.Split(' ', 2) is [_, var rest] ? " " + rest : string.Empty);
        return activity;
    }

    private async Task ProcessCallbackAsync(JsonElement callback, CancellationToken cancellationToken)
    {
        var callbackId = callback.GetProperty("id").GetString()!;
        var action = _actions.Resolve(callback.TryGetProperty("data", out var data) ? data.GetString() : null);
        var answer = new JsonObject { ["callback_query_id"] = callbackId };
        if (action is null)
        {
            answer["text"] = ExpiredChoiceText;
        }

        try
        {
            // Answer first: until then the user's Telegram shows a spinner on the button.
            await _api.CallAsync("answerCallbackQuery", answer, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            Logger.LogWarning(e, "Telegram answerCallbackQuery failed");
        }

        if (action is null || !callback.TryGetProperty("message", out var message) || !message.TryGetProperty("chat", out var chat))
        {
            return;
        }

        var activity = NewActivity(chat, callback.GetProperty("from"), ActivityTypes.Message);
        activity.Id = "callback:" + callbackId;
        activity.ReplyToId = message.TryGetProperty("message_id", out var replyTo) ? replyTo.GetInt64().ToString(CultureInfo.InvariantCulture) : null;
        activity.Timestamp = DateTimeOffset.UtcNow;
        CardActionReply.ApplyTo(action, activity);
        await ProcessActivityAsync(activity, cancellationToken);
    }

    private Activity NewActivity(JsonElement chat, JsonElement from, string type)
    {
        var chatType = chat.TryGetProperty("type", out var ct) ? ct.GetString() : null;
        var language = from.TryGetProperty("language_code", out var lc) ? lc.GetString() : null;
        return new Activity
        {
            Type = type,
            ChannelId = Channel,
            ServiceUrl = _serviceUrl,
            From = new ChannelAccount(
                IdPrefix + from.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture),
                from.TryGetProperty("first_name", out var name) ? name.GetString() : null,
                RoleTypes.User),
            Recipient = BotAccount,
            Conversation = new ConversationAccount(
                isGroup: chatType is "group" or "supergroup",
                conversationType: chatType,
                id: IdPrefix + chat.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture)),
            Locale = language switch
            {
                null or "" => null,
                "de" => "de-DE",
                "en" => "en-US",
                _ => language,
            },
        };
    }

    private bool HasValidSecret(HttpRequest request)
    {
        if (_secret.Length == 0 || !request.Headers.TryGetValue(SecretHeader, out var header) || header.Count != 1)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[0] ?? string.Empty), _secret);
    }

    private static long ChatIdOf(string? conversationId)
    {
        if (conversationId is null
            || !conversationId.StartsWith(IdPrefix, StringComparison.Ordinal)
            || !long.TryParse(conversationId.AsSpan(IdPrefix.Length), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId))
        {
            throw new InvalidOperationException("Not a Telegram conversation id.");
        }

        return chatId;
    }
}
