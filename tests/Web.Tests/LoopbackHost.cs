using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TrierBot.Hosting;
using TrierBot.DirectLine;

namespace TrierBot.Web.Tests;

/// <summary>
/// The host on 127.0.0.1 with a free port and a temp data folder (like tests/Bot.Tests' LoopbackHost, which this
/// project cannot reference), with the choice of bot the page tests need.
/// </summary>
public sealed class LoopbackHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackHost(WebApplication app, string dataFolder, Uri baseAddress)
    {
        _app = app;
        DataFolder = dataFolder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string DataFolder { get; }

    public IServiceProvider Services => _app.Services;

    public string DirectLineUrl => new Uri(BaseAddress, DirectLineEndpoints.RoutePrefix).ToString();

    /// <summary>
    /// Starts a host. <see cref="TestBotKind.Trier"/> runs the real host (<c>Program.BuildWebApp</c>); the showcase bot
    /// runs on the real state, turn gate and Direct Line registrations. Settings: configuration keys such as "DirectLine:Secret".
    /// </summary>
    public static async Task<LoopbackHost> StartAsync(TestBotKind bot = TestBotKind.Showcase, IDictionary<string, string?>? settings = null, string? dataFolder = null, TimeProvider? clock = null)
    {
        dataFolder ??= Directory.CreateTempSubdirectory("trierbot-web-").FullName;
        var botFolder = Path.Combine(RepositoryRoot(), "bot");
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0",
            $"--webroot={Path.Combine(botFolder, "wwwroot")}",
            $"--State:DatabasePath={Path.Combine(dataFolder, "state.db")}",
            $"--Knowledge:DatabasePath={Path.Combine(dataFolder, "knowledge.db")}",
            $"--DirectLine:DatabasePath={Path.Combine(dataFolder, "directline.db")}",
            $"--Handoff:DatabasePath={Path.Combine(dataFolder, "handoff.db")}",
            $"--Channels:DatabasePath={Path.Combine(dataFolder, "channels.db")}",
            // Tests need no JIT warm-up of the recognizer; it would add seconds to every host start.
            "--Understanding:WarmUpSeconds=0",
        };
        args.AddRange((settings ?? new Dictionary<string, string?>()).Select(kv => $"--{kv.Key}={kv.Value}"));

        if (clock is not null && bot == TestBotKind.Trier) throw new NotSupportedException("A test clock is only wired into the showcase host.");
        var app = bot == TestBotKind.Trier ? Program.BuildWebApp([.. args]) : BuildShowcaseApp(botFolder, [.. args], clock);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new LoopbackHost(app, dataFolder, new Uri(address + "/"));
    }

    private static WebApplication BuildShowcaseApp(string botFolder, string[] args, TimeProvider? clock)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = botFolder,
            WebRootPath = Path.Combine(botFolder, "wwwroot"),
            EnvironmentName = "Testing",
        });
        builder.Logging.ClearProviders();
        // Before the registrations' TryAddSingleton(TimeProvider.System), so a test clock wins.
        if (clock is not null) builder.Services.AddSingleton(clock);
        builder.AddBotState();
        builder.Services.AddTransient<IBot, ShowcaseBot>();
        builder.AddDirectLine();
        var app = builder.Build();
        // The page tests run with the real host's security headers (CSP), so that they catch what the policy breaks.
        app.UseSecurityHeaders();
        app.MapDirectLine();
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Deletes the data folder; only for hosts that are not restarted on it.</summary>
    public async ValueTask DisposeAndDeleteAsync()
    {
        await DisposeAsync();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }

    /// <summary>The folder that holds TrierBot.sln, found above the test output.</summary>
    internal static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "TrierBot.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("TrierBot.sln not found above the test output.");
    }
}
