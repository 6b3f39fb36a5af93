using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TrierBot.Channels.Tests.Support;

/// <summary>
/// A loopback fake of the WhatsApp Cloud API send endpoint
/// (<c>POST /{version}/{phone-number-id}/messages</c>, Bearer token), answering like the Graph API:
/// <c>{"messaging_product":"whatsapp","contacts":[…],"messages":[{"id":"wamid…"}]}</c>.
/// </summary>
public sealed class FakeWhatsAppApi : IAsyncDisposable
{
    public const string AccessToken = "EAAG-fictional-test-token";
    public const string PhoneNumberId = "109999000000001";
    public const string Version = "v21.0";
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<JsonNode> _accepted = new();
    private readonly ConcurrentQueue<int> _failures = new();
    private int _nextId;

    private FakeWhatsAppApi(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>Base URL including the version, as <c>WhatsApp:ApiBaseUrl</c> expects it.</summary>
    public string BaseUrl { get; }

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    /// <summary>Message bodies the API accepted (answered 200), in order.</summary>
    public IReadOnlyList<JsonNode> Accepted => _accepted.ToList();

    public static async Task<FakeWhatsAppApi> StartAsync()
    {
        FakeWhatsAppApi? fake = null;
        var (app, baseUrl) = await LoopbackApp.StartAsync(app =>
            app.MapPost("/{version}/{phoneNumberId}/messages", (string version, string phoneNumberId, HttpRequest request) => fake!.HandleAsync(version, phoneNumberId, request)));
        fake = new FakeWhatsAppApi(app, baseUrl + "/" + Version);
        return fake;
    }

    public void FailNext(int times, int status)
    {
        for (var i = 0; i < times; i++)
        {
            _failures.Enqueue(status);
        }
    }

    public void Clear()
    {
        _requests.Clear();
        _accepted.Clear();
    }

    private async Task<IResult> HandleAsync(string version, string phoneNumberId, HttpRequest request)
    {
        var body = await JsonNode.ParseAsync(request.Body);
        var authorization = request.Headers.Authorization.ToString();
        _requests.Enqueue(new RecordedRequest("messages", request.Path, authorization, body));
        if (authorization != "Bearer " + AccessToken || version != Version || phoneNumberId != PhoneNumberId)
        {
            return Results.Json(new { error = new { message = "Invalid OAuth access token.", type = "OAuthException", code = 190 } }, statusCode: 401);
        }

        if (_failures.TryDequeue(out var status))
        {
            return Results.Json(new { error = new { message = "Service temporarily unavailable", type = "OAuthException", code = 2 } }, statusCode: status);
        }

        _accepted.Enqueue(body!);
        return Results.Json(new
        {
            messaging_product = "whatsapp",
            contacts = new[] { new { input = body!["to"]!.GetValue<string>(), wa_id = body["to"]!.GetValue<string>() } },
            messages = new[] { new { id = $"wamid.out.{Interlocked.Increment(ref _nextId)}" } },
        });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
