using System.Net;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TrierBot.Robustness.Tests;

/// <summary><c>POST /api/messages</c> with expectReplies, one conversation, the wire JSON exactly as built.</summary>
public sealed class BotEndpointClient(HttpClient http, string channelId = "test")
{
    public string ConversationId { get; } = "robust-" + Guid.NewGuid().ToString("N");

    /// <summary>The activity for <paramref name="input"/>: its text, its card value, or its odd activity completed only where a field is absent.</summary>
    public JObject ActivityFor(HostileInput input)
    {
        var activity = input.Kind == HostileInputKind.Activity ? (JObject)input.Json.DeepClone() : new JObject { ["type"] = "message" };
        if (input.Kind == HostileInputKind.Text) activity["text"] = input.Json.DeepClone();
        if (input.Kind == HostileInputKind.CardValue) activity["value"] = input.Json.DeepClone();
        Complete(activity);
        return activity;
    }

    public JObject Message(string text)
    {
        var activity = new JObject { ["type"] = "message", ["text"] = text };
        Complete(activity);
        return activity;
    }

    public async Task<(HttpStatusCode Status, JArray Replies, string Body)> PostAsync(JObject activity)
    {
        using var content = new StringContent(WireJson.Serialize(activity), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("api/messages", content);
        var body = await response.Content.ReadAsStringAsync();
        var replies = response.IsSuccessStatusCode && body.Length > 0 && JsonConvert.DeserializeObject<JObject>(body)?["activities"] is JArray array ? array : [];
        return (response.StatusCode, replies, body);
    }

    /// <summary>The text of the message replies.</summary>
    public static List<string> Texts(JArray replies) =>
        replies.Where(a => (string?)a["type"] == "message").Select(a => (string?)a["text"] ?? "").ToList();

    private void Complete(JObject activity)
    {
        Default(activity, "id", Guid.NewGuid().ToString("N"));
        Default(activity, "channelId", channelId);
        Default(activity, "serviceUrl", "http://127.0.0.1:1/");
        Default(activity, "from", new JObject { ["id"] = "user-" + ConversationId, ["role"] = "user" });
        Default(activity, "recipient", new JObject { ["id"] = "trierbot", ["role"] = "bot" });
        Default(activity, "conversation", new JObject { ["id"] = ConversationId });
        Default(activity, "deliveryMode", "expectReplies");
        Default(activity, "locale", "de-DE");
    }

    private static void Default(JObject activity, string name, JToken value)
    {
        if (!activity.ContainsKey(name)) activity[name] = value;
    }
}
