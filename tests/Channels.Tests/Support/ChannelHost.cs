using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrierBot.Dialogs;

namespace TrierBot.Channels.Tests.Support;

/// <summary>
/// Starts the real host (Program.cs) on 127.0.0.1 with a free port, a temp data folder and the given settings.
/// Until the host registers the bot itself, the bot's own services are filled in here (TryAdd: whatever the
/// host registers wins); a test may put a <see cref="ScriptedBot"/> in place of the bot.
/// </summary>
public sealed class ChannelHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly DirectoryInfo _dataFolder;

    private ChannelHost(WebApplicationFactory<Program> factory, DirectoryInfo dataFolder, string baseUrl)
    {
        _factory = factory;
        _dataFolder = dataFolder;
        BaseUrl = baseUrl;
        Http = new HttpClient { BaseAddress = new Uri(baseUrl) };
    }

    public string BaseUrl { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _factory.Services;

    public static ChannelHost Start(IReadOnlyDictionary<string, string?> settings, IBot? bot = null)
    {
        var dataFolder = Directory.CreateTempSubdirectory("trierbot-channels-");
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Channels:DatabasePath", Path.Combine(dataFolder.FullName, "channels.db"));
            web.UseSetting("Knowledge:DatabasePath", Path.Combine(dataFolder.FullName, "knowledge.db"));
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }

            web.ConfigureTestServices(services =>
            {
                services.TryAddSingleton<IStorage, MemoryStorage>();
                services.TryAddSingleton<ConversationState>();
                services.TryAddSingleton<UserState>();
                if (bot is not null)
                {
                    services.RemoveAll<IBot>();
                    services.AddSingleton(bot);
                }
                else
                {
                    services.TryAddTransient<IBot, TrierActivityHandler>();
                }
            });
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ChannelHost(factory, dataFolder, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _factory.DisposeAsync();
        try
        {
            _dataFolder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the temp folder is cleaned by the OS later.
        }
    }
}
