using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace TrierBot.Handoff.Tests.Support;

/// <summary>
/// A channel's Bot Connector service on loopback (what Azure or the Emulator run): receives what the bot sends to
/// a conversation outside a request, e.g. a counsellor's message through the CloudAdapter.
/// </summary>
public sealed class FakeChannelService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly BlockingCollection<Activity> _received = new();

    private FakeChannelService(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    public static async Task<FakeChannelService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var service = new FakeChannelService(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var activity = JsonConvert.DeserializeObject<Activity>(await reader.ReadToEndAsync())!;
            service._received.Add(activity);
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        await app.StartAsync();
        service.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return service;
    }

    /// <summary>The next activity the bot sent, or a failed test after 10 s.</summary>
    public Activity Next()
    {
        Assert.True(_received.TryTake(out var activity, TimeSpan.FromSeconds(10)), "The channel received nothing.");
        return activity!;
    }

    /// <summary>The next message (skipping typing and events).</summary>
    public Activity NextMessage()
    {
        while (true)
        {
            var activity = Next();
            if (activity.Type == ActivityTypes.Message) return activity;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
