using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TrierBot.Channels;
using TrierBot.Channels.Telegram;
using TrierBot.Channels.WhatsApp;
using TrierBot.Privacy;

// In the hosting namespace (as eShop's service defaults) so Program.cs needs no extra using.
namespace Microsoft.Extensions.Hosting;

/// <summary>Wires the self-hosted messenger channels into the host; each is off unless configured.</summary>
public static class MessengerChannelsExtensions
{
    // One call with its retries; a webhook turn should not hang on a messenger API much longer.
    private static readonly TimeSpan ApiTimeout = TimeSpan.FromSeconds(60);

    public static IHostApplicationBuilder AddMessengerChannels(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.Configure<ChannelsOptions>(configuration.GetSection(ChannelsOptions.SectionName));
        services.Configure<TelegramOptions>(configuration.GetSection(TelegramOptions.SectionName));
        services.Configure<WhatsAppOptions>(configuration.GetSection(WhatsAppOptions.SectionName));

        // Singleton, always: the hand-off asks it for a channel's adapter and gets null when that channel is off.
        services.TryAddSingleton<MessengerChannelAdapters>();

        var telegram = configuration.GetSection(TelegramOptions.SectionName).Get<TelegramOptions>() ?? new TelegramOptions();
        var whatsApp = configuration.GetSection(WhatsAppOptions.SectionName).Get<WhatsAppOptions>() ?? new WhatsAppOptions();
        if (!telegram.IsConfigured && !whatsApp.IsConfigured)
        {
            return builder;
        }

        // Singletons: one LiteDB file per process, and the stores are thread-safe through LiteDB.
        services.TryAddSingleton(TimeProvider.System);
        var channels = configuration.GetSection(ChannelsOptions.SectionName).Get<ChannelsOptions>() ?? new ChannelsOptions();
        var databasePath = Path.Combine(builder.Environment.ContentRootPath, channels.DatabasePath);
        services.TryAddSingleton(_ => new ChannelDatabase(databasePath));
        services.TryAddSingleton<WebhookDeduplicator>();
        // Unless the storage provider registered a shared one (PostgreSQL, docs/deployment.md).
        services.TryAddSingleton<IWebhookDeduplicator>(sp => sp.GetRequiredService<WebhookDeduplicator>());
        services.TryAddSingleton<CardActionStore>();
        services.TryAddSingleton<NumberedChoiceStore>();
        // Erased with the rest of a conversation ("Lösche meine Daten"): the last numbered choices; button payloads
        // and delivery ids (tied to no conversation) through the same eraser's retention.
        services.AddSingleton<IConversationDataStore>(sp => sp.GetRequiredService<NumberedChoiceStore>());
        services.AddSingleton<IConversationDataStore>(sp => sp.GetRequiredService<CardActionStore>());
        services.AddSingleton<IConversationDataStore>(sp => sp.GetRequiredService<WebhookDeduplicator>());
        services.AddConversationErasure();

        if (telegram.IsConfigured)
        {
            // Refuse to start open: without the secret anyone could post forged updates to the webhook.
            if (string.IsNullOrWhiteSpace(telegram.WebhookSecret))
            {
                throw new InvalidOperationException("Telegram:BotToken is set but Telegram:WebhookSecret is not.");
            }

            services.AddHttpClient(TelegramBotApiClient.HttpClientName, http => http.Timeout = ApiTimeout)
                .RemoveAllLoggers()
                .AddResilienceHandler("telegram-send", (pipeline, context) =>
                    pipeline.AddSafeRetry(context.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value.Retry));
            // Singletons: stateless apart from their dependencies; the adapter holds the middleware pipeline.
            services.TryAddSingleton<TelegramBotApiClient>();
            services.TryAddSingleton<TelegramRenderer>();
            services.TryAddSingleton<TelegramAdapter>();
            services.AddSingleton<MessengerAdapter>(sp => sp.GetRequiredService<TelegramAdapter>());
        }

        if (whatsApp.IsConfigured)
        {
            var missing = whatsApp.MissingSettings();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException($"WhatsApp:AccessToken is set but {string.Join(", ", missing)} not.");
            }

            services.AddHttpClient(WhatsAppCloudApiClient.HttpClientName, http => http.Timeout = ApiTimeout)
                .RemoveAllLoggers()
                .AddResilienceHandler("whatsapp-send", (pipeline, context) =>
                    pipeline.AddSafeRetry(context.ServiceProvider.GetRequiredService<IOptions<WhatsAppOptions>>().Value.Retry));
            services.TryAddSingleton<WhatsAppCloudApiClient>();
            services.TryAddSingleton<WhatsAppRenderer>();
            services.TryAddSingleton<WhatsAppContactDirectory>();
            // Erased with the rest of a conversation: the number behind the user's id.
            services.AddSingleton<IConversationDataStore>(sp => sp.GetRequiredService<WhatsAppContactDirectory>());
            services.TryAddSingleton<WhatsAppAdapter>();
            services.AddSingleton<MessengerAdapter>(sp => sp.GetRequiredService<WhatsAppAdapter>());
        }

        return builder;
    }

    public static IEndpointRouteBuilder MapMessengerChannels(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var telegram = endpoints.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value;
        if (telegram.IsConfigured)
        {
            endpoints.MapPost(telegram.WebhookPath, (HttpContext http, TelegramAdapter adapter)
                => adapter.ProcessAsync(http.Request, http.Response, http.RequestAborted));
        }

        var whatsApp = endpoints.ServiceProvider.GetRequiredService<IOptions<WhatsAppOptions>>().Value;
        if (whatsApp.IsConfigured)
        {
            endpoints.MapGet(whatsApp.WebhookPath, (HttpContext http, WhatsAppAdapter adapter)
                => adapter.VerifyWebhook(http.Request, http.Response));
            endpoints.MapPost(whatsApp.WebhookPath, (HttpContext http, WhatsAppAdapter adapter)
                => adapter.ProcessAsync(http.Request, http.Response, http.RequestAborted));
        }

        return endpoints;
    }
}
