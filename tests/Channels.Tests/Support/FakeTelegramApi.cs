using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TrierBot.Channels.Tests.Support;

/// <summary>
/// A loopback fake of the Telegram Bot API (https://core.telegram.org/bots/api): <c>POST /bot{token}/{method}</c>
/// with a JSON body, answers <c>{"ok":true,"result":…}</c>. Records every call; can fail the next calls of a
/// method with an HTTP status first.
/// </summary>
public sealed class FakeTelegramApi : IAsyncDisposable
{
    public const string Token = "123456:TEST-token_fictional";
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<RecordedRequest> _accepted = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(int Status, int RetryAfter)>> _failures = new();
    private int _nextMessageId = 1000;

    private FakeTelegramApi(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>Every call received, including failed attempts, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    /// <summary>The calls of one method that Telegram accepted (answered 200).</summary>
    public IReadOnlyList<JsonNode> Accepted(string method) => _accepted.Where(r => r.Method == method).Select(r => r.Body!).ToList();

    public static async Task<FakeTelegramApi> StartAsync()
    {
        FakeTelegramApi? fake = null;
        var (app, baseUrl) = await LoopbackApp.StartAsync(app =>
            app.MapPost("/bot{token}/{method}", (string token, string method, HttpRequest request) => fake!.HandleAsync(token, method, request)));
        fake = new FakeTelegramApi(app, baseUrl);
        return fake;
    }

    /// <summary>
    /// The next <paramref name="times"/> calls of <paramref name="method"/> answer <paramref name="status"/>; a 429
    /// carries <paramref name="retryAfter"/> seconds as Telegram's flood control does.
    /// </summary>
    public void FailNext(string method, int times, int status, int retryAfter = 0)
    {
        var queue = _failures.GetOrAdd(method, _ => new ConcurrentQueue<(int, int)>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue((status, retryAfter));
        }
    }

    public void Clear()
    {
        _requests.Clear();
        _accepted.Clear();
    }

    private async Task<IResult> HandleAsync(string token, string method, HttpRequest request)
    {
        var body = await JsonNode.ParseAsync(request.Body);
        var recorded = new RecordedRequest(method, request.Path, null, body);
        _requests.Enqueue(recorded);
        if (token != Token)
        {
            return Results.Json(new { ok = false, error_code = 401, description = "Unauthorized" }, statusCode: 401);
        }

        if (_failures.TryGetValue(method, out var failures) && failures.TryDequeue(out var failure))
        {
            // A flood-control answer carries the wait in the body, as the Bot API documents it.
            return failure.Status == 429
                ? Results.Json(new { ok = false, error_code = 429, description = $"Too Many Requests: retry after {failure.RetryAfter}", parameters = new { retry_after = failure.RetryAfter } }, statusCode: 429)
                : Results.Json(new { ok = false, error_code = failure.Status, description = "Internal Server Error" }, statusCode: failure.Status);
        }

        _accepted.Enqueue(recorded);
        return method switch
        {
            "sendMessage" => Results.Json(new
            {
                ok = true,
                result = new
                {
                    message_id = Interlocked.Increment(ref _nextMessageId),
                    date = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                    chat = new { id = body!["chat_id"]!.GetValue<long>(), type = "private" },
                    text = body["text"]!.GetValue<string>(),
                },
            }),
            "setWebhook" => Results.Json(new { ok = true, result = true, description = "Webhook was set" }),
            _ => Results.Json(new { ok = true, result = true }),
        };
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
