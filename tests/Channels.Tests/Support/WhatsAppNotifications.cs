using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace TrierBot.Channels.Tests.Support;

/// <summary>Webhook notifications as the WhatsApp Cloud API sends them, signed like Meta signs them.</summary>
public static class WhatsAppNotifications
{
    public const string AppSecret = "fictional-app-secret";
    public const string VerifyToken = "fictional-verify-token";
    public const string WaId = "4915100000001";

    public static Dictionary<string, string> Settings(FakeWhatsAppApi api) => new()
    {
        ["WhatsApp:AccessToken"] = FakeWhatsAppApi.AccessToken,
        ["WhatsApp:AppSecret"] = AppSecret,
        ["WhatsApp:VerifyToken"] = VerifyToken,
        ["WhatsApp:PhoneNumberId"] = FakeWhatsAppApi.PhoneNumberId,
        ["WhatsApp:ApiBaseUrl"] = api.BaseUrl,
        ["WhatsApp:Retry:BaseDelay"] = "00:00:00.010",
        ["WhatsApp:Retry:MaxDelay"] = "00:00:00.100",
    };

    public static JsonObject Text(string messageId, string text) => Messages(new JsonObject
    {
        ["from"] = WaId,
        ["id"] = messageId,
        ["timestamp"] = "1790000000",
        ["type"] = "text",
        ["text"] = new JsonObject { ["body"] = text },
    });

    public static JsonObject ButtonReply(string messageId, string id, string title) => Messages(new JsonObject
    {
        ["context"] = new JsonObject { ["from"] = "4965199990000", ["id"] = "wamid.out.1" },
        ["from"] = WaId,
        ["id"] = messageId,
        ["timestamp"] = "1790000001",
        ["type"] = "interactive",
        ["interactive"] = new JsonObject { ["type"] = "button_reply", ["button_reply"] = new JsonObject { ["id"] = id, ["title"] = title } },
    });

    public static JsonObject ListReply(string messageId, string id, string title) => Messages(new JsonObject
    {
        ["from"] = WaId,
        ["id"] = messageId,
        ["timestamp"] = "1790000002",
        ["type"] = "interactive",
        ["interactive"] = new JsonObject { ["type"] = "list_reply", ["list_reply"] = new JsonObject { ["id"] = id, ["title"] = title } },
    });

    public static JsonObject Status(string messageId) => Change(new JsonObject
    {
        ["messaging_product"] = "whatsapp",
        ["metadata"] = Metadata(),
        ["statuses"] = new JsonArray(new JsonObject
        {
            ["id"] = messageId,
            ["status"] = "delivered",
            ["timestamp"] = "1790000003",
            ["recipient_id"] = WaId,
        }),
    });

    public static async Task<HttpResponseMessage> PostAsync(HttpClient host, JsonObject notification, string? secret = AppSecret)
    {
        var body = Encoding.UTF8.GetBytes(notification.ToJsonString());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/whatsapp") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (secret is not null)
        {
            var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
            request.Headers.Add("X-Hub-Signature-256", "sha256=" + signature);
        }

        return await host.SendAsync(request);
    }

    private static JsonObject Messages(JsonObject message) => Change(new JsonObject
    {
        ["messaging_product"] = "whatsapp",
        ["metadata"] = Metadata(),
        ["contacts"] = new JsonArray(new JsonObject { ["profile"] = new JsonObject { ["name"] = "Testnutzer" }, ["wa_id"] = WaId }),
        ["messages"] = new JsonArray(message),
    });

    private static JsonObject Metadata() => new()
    {
        ["display_phone_number"] = "4965199990000",
        ["phone_number_id"] = FakeWhatsAppApi.PhoneNumberId,
    };

    private static JsonObject Change(JsonObject value) => new()
    {
        ["object"] = "whatsapp_business_account",
        ["entry"] = new JsonArray(new JsonObject
        {
            ["id"] = "102290000000000",
            ["changes"] = new JsonArray(new JsonObject { ["value"] = value, ["field"] = "messages" }),
        }),
    };
}
