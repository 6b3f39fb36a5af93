using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using TrierBot.Endpoints;

namespace TrierBot.Hosting;

public static class BotEndpointHosting
{
    /// <summary>The named HttpClient the SDK gets its token with (MSAL, from <c>ToChannelFromBotLoginUrl</c>).</summary>
    public const string TokenHttpClientName = "BotFramework.Token";

    /// <summary>The SDK's CloudAdapter: authentication off without <c>MicrosoftAppId</c>, the SDK's JWT validation with one.</summary>
    public static WebApplicationBuilder AddBotEndpoint(this WebApplicationBuilder builder)
    {
        // The SDK's outgoing calls go through the app's IHttpClientFactory: replies to the Connector use its default
        // client, the token requests this named one. MSAL keeps its client for the app's lifetime, so connections are
        // renewed by the pool instead of by handler rotation (so DNS changes of the login endpoint are picked up).
        // No per-request logs (as before): the URLs carry conversation ids, and the turn logs its own failures.
        builder.Services.AddHttpClient(TokenHttpClientName)
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        builder.Services.AddHttpClient(Microsoft.Extensions.Options.Options.DefaultName).RemoveAllLoggers();
        // Singleton: reads MicrosoftAppId/Password/TenantId once.
        builder.Services.AddSingleton<ServiceClientCredentialsFactory>(sp => new ConfigurationServiceClientCredentialFactory(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHttpClientFactory>().CreateClient(TokenHttpClientName)));
        // Singleton: reads the channel settings once; the SDK caches signing keys per metadata URL, and the
        // wrapper keeps the per-turn Connector and token clients the SDK would otherwise build for every turn.
        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp => new CachingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<ServiceClientCredentialsFactory>(),
            httpClientFactory: sp.GetRequiredService<IHttpClientFactory>())));
        builder.Services.Configure<BotEndpointOptions>(builder.Configuration.GetSection(BotEndpointOptions.SectionName));
        // Singleton: reads the open channels, networks and reply hosts once.
        builder.Services.AddSingleton<OpenEndpointGuard>();
        // Singleton: the adapter holds no per-turn data.
        builder.Services.AddSingleton<TrierCloudAdapter>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<TrierCloudAdapter>());
        return builder;
    }

    public static WebApplication MapBotEndpoint(this WebApplication app)
    {
        app.MapPost(BotMessagesEndpoint.Route, BotMessagesEndpoint.HandleAsync);
        var guard = app.Services.GetRequiredService<OpenEndpointGuard>();
        if (guard.AuthenticationOff && app.Environment.IsProduction())
        {
            app.Logger.LogWarning(
                "Authentication is off (no MicrosoftAppId): {Route} accepts only the channels {Channels} from local callers; set MicrosoftAppId for Azure Bot Service channels (README, 'Running it safely')",
                BotMessagesEndpoint.Route, string.Join(", ", guard.OpenChannels));
        }

        app.MapHealthChecks("/healthz");
        return app;
    }
}
