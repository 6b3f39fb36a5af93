using Npgsql;
using TrierBot.Channels;
using TrierBot.Privacy;
using TrierBot.State;
using TrierBot.Storage;

namespace TrierBot.Hosting;

public static class StorageHosting
{
    /// <summary>
    /// The storage provider (docs/deployment.md): LiteDB files by default; with <c>Storage:Provider=PostgreSQL</c>
    /// one data source for the process and the schema migrated at start, before any store is used.
    /// </summary>
    public static WebApplicationBuilder AddStorage(this WebApplicationBuilder builder)
    {
        var (provider, connectionString) = StorageOptions.Read(builder.Configuration);
        builder.Services.Configure<StorageOptions>(o => o.Provider = provider);
        if (provider != StorageProvider.PostgreSQL)
        {
            return builder;
        }

        // Singleton: the data source owns the connection pool of the process.
        builder.Services.AddSingleton(sp => new NpgsqlDataSourceBuilder(connectionString)
            .UseLoggerFactory(sp.GetRequiredService<ILoggerFactory>())
            .Build());
        builder.Services.AddSingleton<PostgresMigrator>();
        // Singleton: one turn at a time per conversation across instances, on a pool of its own (see the class).
        builder.Services.AddKeyedSingleton(PostgresConversationLock.DataSourceKey, (sp, _) =>
            new NpgsqlDataSourceBuilder(connectionString) { ConnectionStringBuilder = { ApplicationName = "trierbot-turn-locks" } }
                .UseLoggerFactory(sp.GetRequiredService<ILoggerFactory>())
                .Build());
        builder.Services.AddSingleton<IConversationLock>(sp => new PostgresConversationLock(sp.GetRequiredKeyedService<NpgsqlDataSource>(PostgresConversationLock.DataSourceKey)));
        // Registered before every store's hosted service, so it runs first (hosted services start in order).
        builder.Services.AddHostedService<PostgresMigrationService>();
        // Singleton: messenger redeliveries are recognised whichever instance they reach (used when a messenger is configured).
        var dedupeWindow = (builder.Configuration.GetSection(ChannelsOptions.SectionName).Get<ChannelsOptions>() ?? new ChannelsOptions()).DedupeWindow;
        builder.Services.AddSingleton(sp => new PostgresWebhookDeduplicator(sp.GetRequiredService<NpgsqlDataSource>(), dedupeWindow, sp.GetService<TimeProvider>() ?? TimeProvider.System));
        builder.Services.AddSingleton<IWebhookDeduplicator>(sp => sp.GetRequiredService<PostgresWebhookDeduplicator>());
        builder.Services.AddSingleton<IConversationDataStore>(sp => sp.GetRequiredService<PostgresWebhookDeduplicator>());
        builder.Services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgresql");
        return builder;
    }

    /// <summary>Whether the stores that have a PostgreSQL implementation use it (<c>Storage:Provider</c>).</summary>
    public static bool UsesPostgreSQL(this WebApplicationBuilder builder) =>
        StorageOptions.Read(builder.Configuration).Provider == StorageProvider.PostgreSQL;
}
