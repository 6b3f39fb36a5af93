using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TrierBot.Channels.Tests.Support;

/// <summary>
/// A loopback fake of the Bot Connector service of an Azure channel (the activity's <c>serviceUrl</c>): records the
/// replies the bot posts (<c>POST /v3/conversations/{conversationId}/activities[/{activityId}]</c>) with their
/// Authorization header, and answers like the Connector with a resource id.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeBotConnector(WebApplication app, string baseUrl)
    {
        _app = app;
        ServiceUrl = baseUrl + "/";
    }

    public string ServiceUrl { get; }

    /// <summary>The activities posted to one conversation, in order.</summary>
    public IReadOnlyList<RecordedRequest> PostedTo(string conversationId) =>
        _requests.Where(r => r.Body?["conversation"]?["id"]?.GetValue<string>() == conversationId).ToList();

    public static async Task<FakeBotConnector> StartAsync()
    {
        FakeBotConnector? fake = null;
        var (app, baseUrl) = await LoopbackApp.StartAsync(app =>
        {
            app.MapPost("/v3/conversations/{conversationId}/activities", (HttpRequest request) => fake!.RecordAsync(request));
            app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpRequest request) => fake!.RecordAsync(request));
        });
        fake = new FakeBotConnector(app, baseUrl);
        return fake;
    }

    private async Task<IResult> RecordAsync(HttpRequest request)
    {
        var body = await JsonNode.ParseAsync(request.Body);
        _requests.Enqueue(new RecordedRequest("activities", request.Path, request.Headers.Authorization.ToString(), body));
        return Results.Json(new { id = "activity-" + Guid.NewGuid().ToString("N") });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
