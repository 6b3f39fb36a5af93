using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using TrierBot.Understanding;

namespace TrierBot.Bot.Tests;

/// <summary>
/// The real host on 127.0.0.1 with a free port and its own data folder. Two hosts built on the same
/// folder one after the other share their stores, which is how restarts are tested.
/// </summary>
public sealed class LoopbackHost : IAsyncDisposable
{
    // Training the recognizer costs seconds; every host of the test run shares one (the real one).
    private static readonly Lazy<IUtteranceRecognizer> SharedRecognizer = new(() => UtteranceRecognizer.CreateDefault(new UnderstandingOptions { WarmUpSeconds = 0 }));

    private readonly WebApplication _app;
    private bool _stopped;

    private LoopbackHost(WebApplication app, string dataFolder)
    {
        _app = app;
        DataFolder = dataFolder;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
    }

    public string DataFolder { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the host; <paramref name="settings"/> are configuration keys such as "MicrosoftAppId"; <paramref name="configure"/> e.g. adds a log sink.</summary>
    public static async Task<LoopbackHost> StartAsync(string? dataFolder = null, IDictionary<string, string>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        dataFolder ??= NewDataFolder();
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0",
            $"--State:DatabasePath={Path.Combine(dataFolder, "state.db")}",
            $"--Knowledge:DatabasePath={Path.Combine(dataFolder, "knowledge.db")}",
            $"--DirectLine:DatabasePath={Path.Combine(dataFolder, "directline.db")}",
            $"--Handoff:DatabasePath={Path.Combine(dataFolder, "handoff.db")}",
            $"--Channels:DatabasePath={Path.Combine(dataFolder, "channels.db")}",
            $"--Monitoring:DatabasePath={Path.Combine(dataFolder, "monitoring.db")}",
        };
        args.AddRange((settings ?? new Dictionary<string, string>()).Select(kv => $"--{kv.Key}={kv.Value}"));
        var app = Program.BuildWebApp([.. args], builder =>
        {
            builder.Services.AddSingleton(SharedRecognizer.Value);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        return new LoopbackHost(app, dataFolder);
    }

    public static string NewDataFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "trierbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Stops the host and releases its files; the data folder stays for a restart.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
    }
}
