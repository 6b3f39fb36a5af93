using LiteDB;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TrierBot.State;

namespace TrierBot.Hosting;

public static class BotStateHosting
{
    /// <summary>Conversation and user state in LiteDB, and one-turn-at-a-time per conversation.</summary>
    public static WebApplicationBuilder AddBotState(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<StateOptions>(builder.Configuration.GetSection(StateOptions.SectionName));
        // Singleton: one LiteDatabase per process (recipes: direct mode must not be shared across processes).
        builder.Services.AddSingleton<ILiteDatabase>(sp => OpenStateDatabase(sp.GetRequiredService<IOptions<StateOptions>>().Value));
        // Singleton: stateless wrapper over the database.
        builder.Services.AddSingleton<LiteDbStorage>();
        builder.Services.AddSingleton<IStorage>(sp => sp.GetRequiredService<LiteDbStorage>());
        // Singletons: BotState keeps per-turn data in the turn context, not in itself.
        builder.Services.AddSingleton<ConversationState>();
        builder.Services.AddSingleton<UserState>();
        // Singleton: the gates must be shared by every adapter (web, Direct Line, messengers).
        builder.Services.AddSingleton<IMiddleware, ConversationTurnGate>();
        builder.Services.AddHealthChecks().AddCheck<StateStoreHealthCheck>("state");
        // Hosted: privacy — state (with recent messages) does not outlive State:RetentionDays.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<StateRetentionService>();
        return builder;
    }

    private static LiteDatabase OpenStateDatabase(StateOptions options)
    {
        var path = Path.GetFullPath(options.DatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
    }
}
