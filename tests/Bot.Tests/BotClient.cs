using System.Net.Http.Headers;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TrierBot.Bot.Tests;

/// <summary>Talks to <c>/api/messages</c> the way the Emulator or a test tool does, with expectReplies.</summary>
public sealed class BotClient(HttpClient http, string conversationId, string channelId = "test")
{
    public string ConversationId { get; } = conversationId;

    public Task<HttpResponseMessage> PostRawAsync(string json, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return http.SendAsync(request);
    }

    public string MessageJson(string text) => JsonConvert.SerializeObject(new JObject
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["text"] = text,
        ["channelId"] = channelId,
        ["serviceUrl"] = "http://127.0.0.1:1/",
        ["from"] = new JObject { ["id"] = "user-" + ConversationId, ["role"] = "user" },
        ["recipient"] = new JObject { ["id"] = "trierbot", ["role"] = "bot" },
        ["conversation"] = new JObject { ["id"] = ConversationId },
        ["deliveryMode"] = "expectReplies",
        ["locale"] = "de-DE",
    });

    /// <summary>Sends a message and returns the bot's replies.</summary>
    public async Task<IReadOnlyList<Activity>> SayAsync(string text)
    {
        using var response = await PostRawAsync(MessageJson(text));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonConvert.DeserializeObject<ExpectedReplies>(body)!.Activities.ToList();
    }

    /// <summary>The text of the message replies, in order.</summary>
    public async Task<IReadOnlyList<string>> SayTextsAsync(string text) =>
        (await SayAsync(text)).Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text ?? "").ToList();
}
