using TrierBot.Cli;
using TrierBot.DirectLine;
using TrierBot.Handoff;
using TrierBot.Hosting;
using TrierBot.Monitoring;

namespace TrierBot;

public static class Program
{
    /// <summary><c>dotnet run --project bot -- [verb]</c>: see bot-contract.md §4 and <see cref="CommandLine"/>.</summary>
    public static Task<int> Main(string[] args) => CommandLine.RunAsync(args, Console.Out, Console.Error);

    /// <summary>The web host: the bot endpoint, state, knowledge, understanding and the channels.</summary>
    /// <param name="args">Host arguments (<c>--urls</c>, <c>--Section:Key=value</c>).</param>
    /// <param name="configure">Runs after every registration, so that tests can share expensive singletons.</param>
    public static WebApplication BuildWebApp(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddTrierLogging();
        builder.AddForwardedHeaders();
        builder.AddStorage();
        builder.AddTrierMetrics();
        builder.AddBotState();
        builder.AddBotEndpoint();
        builder.AddKnowledge();
        builder.AddUnderstanding();
        builder.AddConversations();
        builder.AddDirectLine();
        builder.AddMessengerChannels();
        builder.AddHandoff();
        builder.AddConversationTranscripts();
        builder.AddHandoffChannelBridges();
        builder.AddMonitoring();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseTrierForwardedHeaders();
        app.UseSecurityHeaders();
        app.MapTrierMetrics();
        app.MapBotEndpoint();
        app.MapDirectLine();
        app.MapMessengerChannels();
        app.MapHandoff();
        app.MapMonitoring();
        return app;
    }
}
