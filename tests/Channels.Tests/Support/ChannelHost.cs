using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TrierBot.Hosting;
using TrierBot.Understanding;

namespace TrierBot.Channels.Tests.Support;

/// <summary>
/// The host on 127.0.0.1 with a free port and a temp data folder. Without a bot given it is the real host
/// (<see cref="Program.BuildWebApp"/>) with the real bot; with a <see cref="ScriptedBot"/> it is the same
/// hosting steps (state, turn gate, channels) with that bot in place of the dialogs.
/// </summary>
public sealed class ChannelHost : IAsyncDisposable
{
    // Training the recognizer costs seconds; every real host of the test run shares one (as LoopbackHost does).
    private static readonly Lazy<IUtteranceRecognizer> SharedRecognizer = new(() => UtteranceRecognizer.CreateDefault(new UnderstandingOptions { WarmUpSeconds = 0 }));

    // Two real hosts importing the demo knowledge at the same moment in one process fail inside LiteDB's
    // shared mapper (reported to the lead); test classes run in parallel, so real hosts start one at a time.
    private static readonly SemaphoreSlim RealHostStart = new(1, 1);

    private readonly WebApplication _app;
    private readonly string? _ownedDataFolder;

    private ChannelHost(WebApplication app, string? ownedDataFolder)
    {
        _app = app;
        _ownedDataFolder = ownedDataFolder;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a host; give the <paramref name="dataFolder"/> of an earlier host to test a restart.</summary>
    /// <param name="configure">The real host only: runs after its registrations (e.g. to trust a fake's certificate).</param>
    public static async Task<ChannelHost> StartAsync(IReadOnlyDictionary<string, string> settings, IBot? bot = null, string? dataFolder = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        var owned = dataFolder is null;
        dataFolder ??= NewDataFolder();
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0",
            $"--State:DatabasePath={Path.Combine(dataFolder, "state.db")}",
            $"--Knowledge:DatabasePath={Path.Combine(dataFolder, "knowledge.db")}",
            $"--DirectLine:DatabasePath={Path.Combine(dataFolder, "directline.db")}",
            $"--Handoff:DatabasePath={Path.Combine(dataFolder, "handoff.db")}",
            $"--Channels:DatabasePath={Path.Combine(dataFolder, "channels.db")}",
        };
        args.AddRange(settings.Select(kv => $"--{kv.Key}={kv.Value}"));

        WebApplication app;
        if (bot is null)
        {
            app = Program.BuildWebApp([.. args], builder =>
            {
                builder.Services.AddSingleton(SharedRecognizer.Value);
                configure?.Invoke(builder);
            });
        }
        else
        {
            var builder = WebApplication.CreateBuilder([.. args]);
            builder.AddTrierLogging();
            builder.AddBotState();
            builder.AddMessengerChannels();
            builder.Services.AddSingleton(bot);
            app = builder.Build();
            app.MapMessengerChannels();
        }

        await RealHostStart.WaitAsync();
        try
        {
            await app.StartAsync();
        }
        finally
        {
            RealHostStart.Release();
        }

        return new ChannelHost(app, owned ? dataFolder : null);
    }

    public static string NewDataFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "trierbot-channels-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownedDataFolder is null)
        {
            return;
        }

        try
        {
            Directory.Delete(_ownedDataFolder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up: temp data of a finished test.
        }
    }
}
