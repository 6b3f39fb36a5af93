using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using Newtonsoft.Json.Linq;

namespace TrierBot.Bot.Tests;

/// <summary>Speaks Direct Line 3.0 to the loopback host as the chat page does: token, conversation, messages, stream, delete.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    private const string Prefix = "/v3/directline/";

    public string UserId { get; } = "dl_test" + Guid.NewGuid().ToString("N")[..12];

    public string ConversationId { get; private set; } = "";

    public string Token { get; private set; } = "";

    /// <summary>tokens/generate, then POST /conversations (which also runs the welcome turn).</summary>
    public async Task StartAsync()
    {
        var generated = await ReadAsync(await SendAsync(HttpMethod.Post, "tokens/generate", new JObject { ["user"] = new JObject { ["id"] = UserId } }));
        Token = (string)generated["token"]!;
        var started = await ReadAsync(await SendAsync(HttpMethod.Post, "conversations"));
        ConversationId = (string)started["conversationId"]!;
        Token = (string)started["token"]!;
    }

    /// <summary>Posts a message; the bot's turn has run when this returns.</summary>
    public Task<HttpResponseMessage> PostAsync(string text) =>
        SendAsync(HttpMethod.Post, $"conversations/{ConversationId}/activities", new JObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JObject { ["id"] = UserId, ["role"] = "user" },
            ["locale"] = "de-DE",
        });

    public async Task SayAsync(string text)
    {
        using var response = await PostAsync(text);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The texts of the bot's messages so far.</summary>
    public async Task<IReadOnlyList<string>> BotTextsAsync()
    {
        var frame = await ReadAsync(await SendAsync(HttpMethod.Get, $"conversations/{ConversationId}/activities"));
        return frame["activities"]!.Where(a => (string?)a["type"] == "message" && (string?)a["from"]?["role"] == "bot").Select(a => (string?)a["text"] ?? "").ToList();
    }

    public Task<HttpResponseMessage> DeleteAsync() => SendAsync(HttpMethod.Delete, $"conversations/{ConversationId}");

    /// <summary>Opens the conversation's WebSocket stream (from the current end: no history).</summary>
    public async Task<ClientWebSocket> ConnectStreamAsync()
    {
        var frame = await ReadAsync(await SendAsync(HttpMethod.Get, $"conversations/{ConversationId}/activities"));
        var resumed = await ReadAsync(await SendAsync(HttpMethod.Get, $"conversations/{ConversationId}?watermark={(string)frame["watermark"]!}"));
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri((string)resumed["streamUrl"]!), CancellationToken.None);
        return socket;
    }

    /// <summary>Every activity the stream delivers until the server closes it.</summary>
    public static async Task<IReadOnlyList<JObject>> ReadUntilClosedAsync(WebSocket socket, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var activities = new List<JObject>();
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancel.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                // As a browser does: answer the server's close.
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                return activities;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            if (message.Length > 0)
            {
                activities.AddRange(JObject.Parse(Encoding.UTF8.GetString(message.ToArray()))["activities"]!.OfType<JObject>());
            }

            message.SetLength(0);
        }
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JObject? body = null)
    {
        var request = new HttpRequestMessage(method, Prefix + path);
        if (Token.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToString(), Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request);
    }

    private static async Task<JObject> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {text}");
        return JObject.Parse(text);
    }
}
