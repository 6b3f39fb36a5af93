using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace TrierBot.Web.Tests;

/// <summary>
/// Another website on loopback that frames the chat (<c>/bildung?chat=&lt;url&gt;</c>), reached as <c>localhost</c>
/// so that its origin differs from the chat's <c>127.0.0.1</c>.
/// </summary>
public sealed class CityWebsite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CityWebsite(WebApplication app, int port)
    {
        _app = app;
        Origin = $"http://localhost:{port}";
    }

    public string Origin { get; }

    public static async Task<CityWebsite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/bildung", (string chat) => Results.Content(
            $"<!doctype html><title>Stadt Trier</title><iframe id=chat src=\"{System.Net.WebUtility.HtmlEncode(chat)}\" width=400 height=600></iframe>",
            "text/html; charset=utf-8"));
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        return new CityWebsite(app, address.Port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
