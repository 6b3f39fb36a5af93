using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TrierBot.Channels.WhatsApp;

/// <summary>
/// A self-hosted Bot Framework adapter for the WhatsApp Business Cloud API. Each user gets a stable id that
/// is not the phone number (<see cref="WhatsAppContactDirectory"/>), used for user and conversation; bot
/// activities become Cloud API messages rendered by <see cref="WhatsAppRenderer"/>.
/// </summary>
public sealed class WhatsAppAdapter : MessengerAdapter
{
    public const string Channel = "whatsapp";
    public const string IdPrefix = "whatsapp:";
    public const string SignatureHeader = "X-Hub-Signature-256";
    private const int MaxWebhookBytes = 1024 * 1024;

    private readonly WhatsAppCloudApiClient _api;
    private readonly WhatsAppRenderer _renderer;
    private readonly CardActionStore _actions;
    private readonly NumberedChoiceStore _numberedChoices;
    private readonly IWebhookDeduplicator _deduplicator;
    private readonly WhatsAppContactDirectory _contacts;
    private readonly WhatsAppOptions _options;

    public WhatsAppAdapter(
        IServiceProvider services,
        WhatsAppCloudApiClient api,
        WhatsAppRenderer renderer,
        CardActionStore actions,
        NumberedChoiceStore numberedChoices,
        IWebhookDeduplicator deduplicator,
        WhatsAppContactDirectory contacts,
        IOptions<WhatsAppOptions> options,
        ILogger<WhatsAppAdapter> logger)
        : base(services, logger)
    {
        _api = api;
        _renderer = renderer;
        _actions = actions;
        _numberedChoices = numberedChoices;
        _deduplicator = deduplicator;
        _contacts = contacts;
        _options = options.Value;
        BotAccount = new ChannelAccount(IdPrefix + _options.PhoneNumberId, "TrierBot", RoleTypes.Bot);
    }

    public override string ChannelId => Channel;

    protected override ChannelAccount BotAccount { get; }

    /// <summary>The GET handshake Meta makes when the webhook is registered: echo hub.challenge, or 403.</summary>
    public async Task VerifyWebhook(HttpRequest request, HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query;
        if (query["hub.mode"] != "subscribe" || !SecretEquals(query["hub.verify_token"].ToString(), _options.VerifyToken))
        {
            response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/plain";
        await response.WriteAsync(query["hub.challenge"].ToString());
    }

    /// <summary>
    /// Handles one notification: 401 unless <c>X-Hub-Signature-256</c> is the HMAC of the raw body (nothing
    /// processed), 400 for a body that is no JSON, else 200: messages are processed once per message id,
    /// status callbacks (sent/delivered/read) are acknowledged and ignored.
    /// </summary>
    public async Task ProcessAsync(HttpRequest request, HttpResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        if (request.ContentLength > MaxWebhookBytes)
        {
            response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var body = buffer.ToArray();
        if (!HasValidSignature(request, body))
        {
            Logger.LogWarning("WhatsApp webhook call with a missing or wrong signature rejected");
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        JsonDocument notification;
        try
        {
            notification = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using (notification)
        {
            response.StatusCode = StatusCodes.Status200OK;
            foreach (var value in MessageChanges(notification.RootElement))
            {
                try
                {
                    // The turns run to their end even if Meta hangs up: half a turn would leave the dialog inconsistent.
                    await ProcessChangeAsync(value, CancellationToken.None);
                }
                catch (Exception e) when (e is HttpRequestException or InvalidOperationException or KeyNotFoundException)
                {
                    // Still 200: a redelivery would be dropped as a duplicate anyway, and the error is ours to fix.
                    Logger.LogError(e, "A WhatsApp notification could not be processed");
                }
            }
        }
    }

    protected override async Task<string> SendMessageAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation?.Id;
        var waId = _contacts.NumberFor(conversationId)
            ?? throw new InvalidOperationException("Not a known WhatsApp conversation (never seen, or forgotten).");
        var rendering = _renderer.Render(activity);
        var lastId = string.Empty;
        foreach (var message in rendering.Messages)
        {
            message.Insert(0, "messaging_product", "whatsapp");
            message.Insert(1, "recipient_type", "individual");
            message.Insert(2, "to", waId);
            lastId = await _api.SendAsync(message, cancellationToken);
        }

        if (rendering.NumberedChoices is { } choices)
        {
            _numberedChoices.Remember(conversationId!, choices);
        }
        else if (rendering.Messages.Count > 0)
        {
            _numberedChoices.Forget(conversationId!);
        }

        return lastId;
    }

    private IEnumerable<JsonElement> MessageChanges(JsonElement root)
    {
        if (!root.TryGetProperty("entry", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var entry in entries.EnumerateArray())
        {
            if (!entry.TryGetProperty("changes", out var changes) || changes.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var change in changes.EnumerateArray())
            {
                if (change.TryGetProperty("field", out var field) && field.GetString() == "messages"
                    && change.TryGetProperty("value", out var value)
                    && value.TryGetProperty("metadata", out var metadata)
                    && metadata.TryGetProperty("phone_number_id", out var phoneNumberId)
                    && phoneNumberId.GetString() == _options.PhoneNumberId)
                {
                    yield return value;
                }
            }
        }
    }

    private async Task ProcessChangeAsync(JsonElement value, CancellationToken cancellationToken)
    {
        // "statuses" (sent, delivered, read, failed) need no answer: only "messages" become turns.
        if (!value.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var names = new Dictionary<string, string?>();
        if (value.TryGetProperty("contacts", out var contacts) && contacts.ValueKind == JsonValueKind.Array)
        {
            foreach (var contact in contacts.EnumerateArray())
            {
                if (contact.TryGetProperty("wa_id", out var waId))
                {
                    names[waId.GetString() ?? string.Empty] = contact.TryGetProperty("profile", out var profile)
                        && profile.TryGetProperty("name", out var name) ? name.GetString() : null;
                }
            }
        }

        foreach (var message in messages.EnumerateArray())
        {
            var id = message.TryGetProperty("id", out var i) ? i.GetString() : null;
            var from = message.TryGetProperty("from", out var f) ? f.GetString() : null;
            if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(from))
            {
                continue;
            }

            if (!_deduplicator.TryClaim(IdPrefix + id))
            {
                Logger.LogInformation("WhatsApp message delivered again; already processed");
                continue;
            }

            await ProcessActivityAsync(ToActivity(message, id, from, names.GetValueOrDefault(from)), cancellationToken);
        }
    }

    private Activity ToActivity(JsonElement message, string id, string from, string? name)
    {
        var conversationId = _contacts.IdFor(from);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = id,
            ChannelId = Channel,
            ServiceUrl = _options.ApiBaseUrl,
            From = new ChannelAccount(conversationId, name, RoleTypes.User),
            Recipient = BotAccount,
            Conversation = new ConversationAccount(isGroup: false, id: conversationId),
            Text = string.Empty,
        };
        if (message.TryGetProperty("timestamp", out var timestamp)
            && long.TryParse(timestamp.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            activity.Timestamp = DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        switch (message.TryGetProperty("type", out var type) ? type.GetString() : null)
        {
            case "text":
                activity.Text = message.GetProperty("text").GetProperty("body").GetString() ?? string.Empty;
                var numbered = _actions.Resolve(_numberedChoices.Resolve(conversationId, activity.Text));
                if (numbered is not null)
                {
                    CardActionReply.ApplyTo(numbered, activity);
                }

                break;
            case "interactive":
                var interactive = message.GetProperty("interactive");
                var reply = interactive.TryGetProperty("button_reply", out var b) ? b
                    : interactive.TryGetProperty("list_reply", out var l) ? l
                    : default;
                if (reply.ValueKind == JsonValueKind.Object)
                {
                    var action = _actions.Resolve(reply.GetProperty("id").GetString());
                    if (action is not null)
                    {
                        CardActionReply.ApplyTo(action, activity);
                    }
                    else
                    {
                        // An expired button: its title is still what the user meant.
                        activity.Text = reply.TryGetProperty("title", out var title) ? title.GetString() ?? string.Empty : string.Empty;
                    }
                }

                break;
            case "button":
                activity.Text = message.GetProperty("button").TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty;
                break;
        }

        // Voice, pictures, stickers, locations arrive as an empty message: the dialogs answer what they can.
        return activity;
    }

    private bool HasValidSignature(HttpRequest request, byte[] body)
    {
        var header = request.Headers[SignatureHeader].ToString();
        const string prefix = "sha256=";
        if (string.IsNullOrEmpty(_options.AppSecret) || !header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(header.AsSpan(prefix.Length));
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(_options.AppSecret), body);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    private static bool SecretEquals(string given, string? expected)
        => !string.IsNullOrEmpty(expected)
           && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
