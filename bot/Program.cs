using TrierBot.Cli;
using TrierBot.Handoff;
using TrierBot.Hosting;

namespace TrierBot;

public static class Program
{
    /// <summary><c>dotnet run --project bot -- [verb]</c>: see bot-contract.md §4 and <see cref="CommandLine"/>.</summary>
    public static Task<int> Main(string[] args) => CommandLine.RunAsync(args, Console.Out, Console.Error);

    /// <summary>The web host: the bot endpoint, state, knowledge, understanding and the channels.</summary>
    public static WebApplication BuildWebApp(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddTrierLogging();
        builder.AddBotState();
        builder.AddBotEndpoint();
        builder.AddConversations();
        builder.AddHandoff();

        var app = builder.Build();
        app.MapBotEndpoint();
        app.MapHandoff();
        return app;
    }
}
