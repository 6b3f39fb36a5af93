using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using TrierBot.Understanding;

namespace TrierBot.Robustness.Tests;

/// <summary>
/// The real host (<c>Program.BuildWebApp</c>) on 127.0.0.1 with a free port and its own data folder, like
/// tests/Bot.Tests' LoopbackHost (which a test project cannot reference). Direct Line's rate limits are raised:
/// the corpus sends hundreds of messages a minute from one token, which is not what these tests are about.
/// </summary>
public sealed class LoopbackHost : IAsyncDisposable
{
    // Training the recognizer costs seconds; every host of the test run shares one (the real one).
    private static readonly Lazy<IUtteranceRecognizer> SharedRecognizer = new(() => UtteranceRecognizer.CreateDefault(new UnderstandingOptions { WarmUpSeconds = 0 }));

    private readonly WebApplication _app;

    private LoopbackHost(WebApplication app, string dataFolder)
    {
        _app = app;
        DataFolder = dataFolder;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address + "/");
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }

    public string DataFolder { get; }

    public HttpClient Client { get; }

    public static async Task<LoopbackHost> StartAsync()
    {
        var dataFolder = Directory.CreateTempSubdirectory("trierbot-robustness-").FullName;
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--State:DatabasePath={Path.Combine(dataFolder, "state.db")}",
            $"--Knowledge:DatabasePath={Path.Combine(dataFolder, "knowledge.db")}",
            $"--DirectLine:DatabasePath={Path.Combine(dataFolder, "directline.db")}",
            $"--Handoff:DatabasePath={Path.Combine(dataFolder, "handoff.db")}",
            $"--Channels:DatabasePath={Path.Combine(dataFolder, "channels.db")}",
            "--DirectLine:PermitsPerToken=100000",
            "--DirectLine:PermitsPerIp=100000",
            "--Logging:LogLevel:Default=Warning",
        ];
        var app = Program.BuildWebApp(args, builder => builder.Services.AddSingleton(SharedRecognizer.Value));
        await app.StartAsync();
        return new LoopbackHost(app, dataFolder);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }
}
