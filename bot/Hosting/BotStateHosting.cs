using LiteDB;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using TrierBot.Dialogs.Handoff;
using TrierBot.Dialogs.State;
using TrierBot.Privacy;
using TrierBot.State;
using TrierBot.Storage;

namespace TrierBot.Hosting;

public static class BotStateHosting
{
    /// <summary>Conversation and user state in LiteDB, and one-turn-at-a-time per conversation.</summary>
    public static WebApplicationBuilder AddBotState(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<StateOptions>(builder.Configuration.GetSection(StateOptions.SectionName));
        // Singleton: one LiteDatabase per process (recipes: direct mode must not be shared across processes).
        builder.Services.AddSingleton<ILiteDatabase>(sp => StateDatabase.Open(sp.GetRequiredService<IOptions<StateOptions>>().Value.DatabasePath));
        // Singleton: the database's one writer thread; state and transcripts share its commits.
        builder.Services.AddSingleton(sp => new LiteDbGroupCommit(sp.GetRequiredService<ILiteDatabase>()));
        // Singletons: stateless wrappers over the database; both keep what a conversation said, so the eraser knows them.
        builder.Services.AddSingleton(sp => new LiteDbStorage(sp.GetRequiredService<LiteDbGroupCommit>())
        {
            Retention = sp.GetRequiredService<IOptions<StateOptions>>().Value.Retention,
        });
        builder.Services.AddSingleton(sp => new LiteDbTranscriptStore(sp.GetRequiredService<LiteDbGroupCommit>(), sp.GetRequiredService<ILogger<LiteDbTranscriptStore>>())
        {
            Retention = sp.GetRequiredService<IOptions<StateOptions>>().Value.Retention,
        });
        // Singleton: with Storage:Provider=PostgreSQL, state is shared by every instance (docs/deployment.md).
        builder.Services.AddSingleton(sp => new PostgresStorage(sp.GetRequiredService<NpgsqlDataSource>())
        {
            Retention = sp.GetRequiredService<IOptions<StateOptions>>().Value.Retention,
        });
        var postgres = builder.UsesPostgreSQL();
        builder.Services.AddSingleton<IConversationDataStore>(sp => postgres ? sp.GetRequiredService<PostgresStorage>() : sp.GetRequiredService<LiteDbStorage>());
        builder.Services.AddSingleton(sp => new PostgresTranscriptStore(sp.GetRequiredService<NpgsqlDataSource>())
        {
            Retention = sp.GetRequiredService<IOptions<StateOptions>>().Value.Retention,
        });
        builder.Services.AddSingleton<IConversationDataStore>(sp => postgres ? sp.GetRequiredService<PostgresTranscriptStore>() : sp.GetRequiredService<LiteDbTranscriptStore>());
        builder.Services.AddSingleton<ITranscriptStore>(sp => postgres ? sp.GetRequiredService<PostgresTranscriptStore>() : sp.GetRequiredService<LiteDbTranscriptStore>());
        builder.Services.AddSingleton<IStorage>(sp => postgres ? sp.GetRequiredService<PostgresStorage>() : sp.GetRequiredService<LiteDbStorage>());
        // Singletons: BotState keeps per-turn data in the turn context, not in itself.
        builder.Services.AddSingleton<ConversationState, TrierConversationState>();
        builder.Services.AddSingleton<UserState>();
        // First in every adapter's pipeline: the turn's culture, then the gates, which every adapter (web,
        // Direct Line, messengers) must share.
        builder.Services.AddSingleton<IMiddleware, SharedCultureMiddleware>();
        builder.Services.AddSingleton<ConversationTurnGate>();
        builder.Services.AddSingleton<IMiddleware>(sp => sp.GetRequiredService<ConversationTurnGate>());
        builder.Services.AddHealthChecks().AddCheck<StateStoreHealthCheck>("state");
        // The eraser behind "Lösche meine Daten" and retention: state (with recent messages) does not outlive State:RetentionDays.
        builder.Services.AddConversationErasure();
        return builder;
    }

    /// <summary>
    /// The transcript for a later hand-off, after the hand-off middleware: it keeps what the user and the bot
    /// said but not what a counsellor relays, and not the turn that deletes the data.
    /// </summary>
    public static WebApplicationBuilder AddConversationTranscripts(this WebApplicationBuilder builder)
    {
        // Singleton: the middleware keeps each turn's messages in the turn, not in itself.
        builder.Services.AddSingleton<IMiddleware>(sp => new HandoffTranscriptMiddleware(sp.GetRequiredService<ITranscriptStore>()));
        return builder;
    }
}
