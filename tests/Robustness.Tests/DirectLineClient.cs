using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace TrierBot.Robustness.Tests;

/// <summary>Direct Line 3.0 over real HTTP, as Web Chat in polling mode: token, conversation, post, get activities.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    private string? _token;
    private string? _watermark;

    public string ConversationId { get; private set; } = "";

    public string UserId { get; } = "dl_robust" + Guid.NewGuid().ToString("N")[..8];

    public async Task StartAsync()
    {
        var generated = await ReadAsync(await SendAsync(HttpMethod.Post, "tokens/generate", new JObject { ["user"] = new JObject { ["id"] = UserId } }));
        _token = (string)generated["token"]!;
        var started = await SendAsync(HttpMethod.Post, "conversations");
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var conversation = await ReadAsync(started);
        ConversationId = (string)conversation["conversationId"]!;
        _token = (string)conversation["token"]!;
    }

    /// <summary>The activity for <paramref name="input"/>, from this client's user; an odd activity keeps its odd fields.</summary>
    public JObject ActivityFor(HostileInput input)
    {
        var activity = input.Kind == HostileInputKind.Activity ? (JObject)input.Json.DeepClone() : new JObject { ["type"] = "message" };
        if (input.Kind == HostileInputKind.Text) activity["text"] = input.Json.DeepClone();
        if (input.Kind == HostileInputKind.CardValue) activity["value"] = input.Json.DeepClone();
        if (!activity.ContainsKey("from")) activity["from"] = new JObject { ["id"] = UserId, ["role"] = "user" };
        if (!activity.ContainsKey("locale")) activity["locale"] = "de-DE";
        return activity;
    }

    public JObject Message(string text) => ActivityFor(new HostileInput("message", HostileInputKind.Text, new JValue(text)));

    public async Task<(HttpStatusCode Status, string Body)> PostAsync(JObject activity)
    {
        using var response = await SendAsync(HttpMethod.Post, $"conversations/{ConversationId}/activities", activity);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The bot's activities since the last call.</summary>
    public async Task<(HttpStatusCode Status, List<JObject> FromBot)> GetNewBotActivitiesAsync()
    {
        using var response = await SendAsync(HttpMethod.Get, $"conversations/{ConversationId}/activities" + (_watermark is null ? "" : $"?watermark={_watermark}"));
        if (!response.IsSuccessStatusCode) return (response.StatusCode, []);
        var frame = await ReadAsync(response);
        _watermark = (string?)frame["watermark"] ?? _watermark;
        var fromBot = frame["activities"]!.OfType<JObject>().Where(a => (string?)a["from"]?["id"] != UserId && (string?)a["from"]?["role"] != "user").ToList();
        return (response.StatusCode, fromBot);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JObject? json = null)
    {
        var request = new HttpRequestMessage(method, "v3/directline/" + path);
        if (_token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        if (json is not null) request.Content = new StringContent(WireJson.Serialize(json), Encoding.UTF8, "application/json");
        return await http.SendAsync(request);
    }

    private static async Task<JObject> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return JObject.Parse(body);
    }
}
