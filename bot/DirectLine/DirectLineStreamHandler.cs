using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace TrierBot.DirectLine;

/// <summary>
/// The WebSocket behind <c>streamUrl</c>: first everything after the client's watermark, then each new activity,
/// as text frames {"activities":[…],"watermark":"N"}. Subscribing before reading the backlog and skipping what
/// was already sent makes the hand-over from history to live without gap or duplicate.
/// </summary>
public static class DirectLineStreamHandler
{
    public static async Task StreamAsync(string conversationId, string? watermark, string? t, HttpContext http, DirectLineTokens tokens,
        DirectLineConversations conversations, IOptions<DirectLineOptions> options)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        // Browsers apply no CORS to WebSockets: check the origin ourselves.
        if (!IsAllowedOrigin(http, options.Value))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        if (DirectLineEndpoints.Check(http, conversationId, tokens, conversations, options.Value, out _, queryToken: t ?? "") is { } failure)
        {
            await failure.ExecuteAsync(http);
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var feed = conversations.Subscribe(conversationId, out var subscription);
        using (subscription)
        {
            var receiving = ReceiveUntilClosedAsync(socket, closed);
            try
            {
                var sent = DirectLineEndpoints.ParseWatermark(watermark);
                var backlog = conversations.After(conversationId, sent);
                if (backlog.Count > 0)
                {
                    await SendAsync(socket, DirectLineEndpoints.Frame(backlog, sent), closed.Token);
                    sent = backlog[^1].Watermark;
                }
                while (await feed.WaitToReadAsync(closed.Token))
                {
                    var batch = new List<DeliveredActivity>();
                    while (feed.TryRead(out var next))
                    {
                        if (next.Watermark > sent) batch.Add(next);
                    }
                    if (batch.Count == 0) continue;
                    await SendAsync(socket, DirectLineEndpoints.Frame(batch, sent), closed.Token);
                    sent = batch[^1].Watermark;
                }
                // The feed ended: the server dropped the stream (deletion, shutdown); the client reconnects.
                if (socket.State == WebSocketState.Open)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    // Wait for the client's answer to the close: cancelling the receive now would reset the connection,
                    // and the client would lose what it had not read yet (the confirmation of an erasure).
                    await Task.WhenAny(receiving, Task.Delay(TimeSpan.FromSeconds(5), http.RequestAborted));
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
            {
                // The client went away; nothing to clean up beyond the subscription.
            }
            finally
            {
                await closed.CancelAsync();
                await receiving;
            }
        }
    }

    private static bool IsAllowedOrigin(HttpContext http, DirectLineOptions options)
    {
        var origin = http.Request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin)) return true;
        if (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, http.Request.Host.Value, StringComparison.OrdinalIgnoreCase)) return true;
        return options.AllowedOrigins.Contains(origin.TrimEnd('/'), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Reads and ignores client frames (Web Chat's empty keep-alives) until the socket closes.</summary>
    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (!closed.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token);
                if (result.MessageType == WebSocketMessageType.Close) break;
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }
        finally
        {
            await closed.CancelAsync();
        }
    }

    private static Task SendAsync(WebSocket socket, string frame, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
}
