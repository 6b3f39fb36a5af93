using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TrierBot.Channels.Tests.Support;

/// <summary>Webhook updates as Telegram sends them (Bot API "Update" objects), and posting them to the host.</summary>
public static class TelegramUpdates
{
    public const string Secret = "test-webhook-secret_1";
    public const long ChatId = 4242;
    public const long UserId = 777;

    public static Dictionary<string, string> Settings(FakeTelegramApi api) => new()
    {
        ["Telegram:BotToken"] = FakeTelegramApi.Token,
        ["Telegram:WebhookSecret"] = Secret,
        ["Telegram:ApiBaseUrl"] = api.BaseUrl,
        ["Telegram:Retry:BaseDelay"] = "00:00:00.010",
        ["Telegram:Retry:MaxDelay"] = "00:00:00.100",
    };

    public static JsonObject Text(long updateId, string text, long chatId = ChatId) => new()
    {
        ["update_id"] = updateId,
        ["message"] = new JsonObject
        {
            ["message_id"] = updateId + 100,
            ["from"] = new JsonObject { ["id"] = UserId, ["is_bot"] = false, ["first_name"] = "Testnutzerin", ["language_code"] = "de" },
            ["chat"] = new JsonObject { ["id"] = chatId, ["first_name"] = "Testnutzerin", ["type"] = "private" },
            ["date"] = 1_790_000_000,
            ["text"] = text,
        },
    };

    public static JsonObject Click(long updateId, string callbackData, long messageId = 1001, long chatId = ChatId) => new()
    {
        ["update_id"] = updateId,
        ["callback_query"] = new JsonObject
        {
            ["id"] = $"cbq-{updateId}",
            ["from"] = new JsonObject { ["id"] = UserId, ["is_bot"] = false, ["first_name"] = "Testnutzerin", ["language_code"] = "de" },
            ["message"] = new JsonObject
            {
                ["message_id"] = messageId,
                ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
                ["date"] = 1_790_000_000,
                ["text"] = "…",
            },
            ["chat_instance"] = "-1234567890",
            ["data"] = callbackData,
        },
    };

    public static async Task<HttpResponseMessage> PostAsync(HttpClient host, JsonObject update, string? secret = Secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/telegram") { Content = JsonContent.Create(update) };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return await host.SendAsync(request);
    }
}
