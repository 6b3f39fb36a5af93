using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using Newtonsoft.Json.Linq;

namespace TrierBot.Web.Tests;

/// <summary>Speaks Direct Line 3.0 to a loopback host over real HTTP, as a client would.</summary>
public sealed class DirectLineTestClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly string _prefix;

    public DirectLineTestClient(LoopbackHost host)
    {
        _http = new HttpClient { BaseAddress = host.BaseAddress };
        _prefix = "v3/directline";
    }

    public string? Token { get; set; }

    public string? ConversationId { get; set; }

    public string UserId { get; } = "dl_test" + Guid.NewGuid().ToString("N")[..8];

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null, string? bearer = null, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, $"{_prefix}/{path}");
        if ((bearer ?? Token) is { } credential) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        request.Headers.Add("x-ms-bot-agent", "DirectLine/3.0 (test)");
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        if (content is not null) request.Content = content;
        return await _http.SendAsync(request);
    }

    /// <summary>tokens/generate then POST /conversations, as the page does.</summary>
    public async Task<JObject> StartAsync()
    {
        var generated = await ReadAsync(await SendAsync(HttpMethod.Post, "tokens/generate", $"{{\"user\":{{\"id\":\"{UserId}\"}}}}"));
        Token = (string)generated["token"]!;
        var started = await SendAsync(HttpMethod.Post, "conversations");
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var conversation = await ReadAsync(started);
        ConversationId = (string)conversation["conversationId"]!;
        Token = (string)conversation["token"]!;
        return conversation;
    }

    public static string Message(string text, string? clientActivityId = null) => new JObject
    {
        ["type"] = "message",
        ["text"] = text,
        ["from"] = new JObject { ["id"] = "someone", ["role"] = "user" },
        ["locale"] = "de-DE",
        ["channelData"] = new JObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
        ["entities"] = new JArray(new JObject { ["type"] = "ClientCapabilities", ["requiresBotState"] = true }),
    }.ToString();

    public async Task<string> PostMessageAsync(string text, string? clientActivityId = null)
    {
        var response = await SendAsync(HttpMethod.Post, $"conversations/{ConversationId}/activities", Message(text, clientActivityId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string)(await ReadAsync(response))["id"]!;
    }

    public async Task<(JArray Activities, string Watermark)> GetActivitiesAsync(string? watermark = null)
    {
        var response = await SendAsync(HttpMethod.Get, $"conversations/{ConversationId}/activities" + (watermark is null ? "" : $"?watermark={watermark}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var frame = await ReadAsync(response);
        return ((JArray)frame["activities"]!, (string)frame["watermark"]!);
    }

    public async Task<ClientWebSocket> ConnectStreamAsync(string? watermark = null)
    {
        var resumed = await ReadAsync(await SendAsync(HttpMethod.Get, $"conversations/{ConversationId}" + (watermark is null ? "" : $"?watermark={watermark}")));
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri((string)resumed["streamUrl"]!), CancellationToken.None);
        return socket;
    }

    /// <summary>The next text frame, or null when the server closed the stream.</summary>
    public static async Task<JObject?> ReceiveFrameAsync(WebSocket socket, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancel.Token);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage) break;
        }
        return message.Length == 0 ? new JObject() : JObject.Parse(Encoding.UTF8.GetString(message.ToArray()));
    }

    public static async Task<JObject> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {text}");
        return JObject.Parse(text);
    }

    public void Dispose() => _http.Dispose();
}
