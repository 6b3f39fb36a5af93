using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TrierBot.Dialogs;
using TrierBot.DirectLine;

namespace TrierBot.Web.Tests;

/// <summary>
/// The real host pieces (Direct Line endpoint and page) on 127.0.0.1 with a free port and a temp data folder.
/// A stand-in until the lead's reusable starter in tests/Bot.Tests is on main; the bot is registered here
/// because the host does not register one yet.
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

    /// <summary>Starts a host. <paramref name="bot"/>: which bot answers; settings: "DirectLine:…" overrides.</summary>
    public static async Task<LoopbackHost> StartAsync(TestBotKind bot = TestBotKind.Showcase, IDictionary<string, string?>? settings = null, string? dataFolder = null)
    {
        dataFolder ??= Directory.CreateTempSubdirectory("trierbot-web-").FullName;
        var botFolder = Path.Combine(RepositoryRoot(), "bot");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = botFolder,
            WebRootPath = Path.Combine(botFolder, "wwwroot"),
            EnvironmentName = "Testing",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DirectLine:DatabasePath"] = Path.Combine(dataFolder, "directline.db"),
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);

        builder.Services.AddSingleton<IStorage, MemoryStorage>();
        builder.Services.AddSingleton<ConversationState>();
        builder.Services.AddSingleton<UserState>();
        if (bot == TestBotKind.Trier) builder.Services.AddTransient<IBot, TrierActivityHandler>();
        else builder.Services.AddTransient<IBot, ShowcaseBot>();

        builder.AddDirectLine();
        var app = builder.Build();
        app.MapDirectLine();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new LoopbackHost(app, dataFolder, new Uri(address.Replace("[::]", "127.0.0.1") + "/"));
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

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "TrierBot.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("TrierBot.sln not found above the test output.");
    }
}
