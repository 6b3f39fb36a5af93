using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using TrierBot.Endpoints;

namespace TrierBot.Hosting;

public static class BotEndpointHosting
{
    /// <summary>The SDK's CloudAdapter: authentication off without <c>MicrosoftAppId</c>, the SDK's JWT validation with one.</summary>
    public static WebApplicationBuilder AddBotEndpoint(this WebApplicationBuilder builder)
    {
        // Singleton: reads MicrosoftAppId/Password/TenantId once and caches signing keys.
        builder.Services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        // Singleton: the adapter holds no per-turn data.
        builder.Services.AddSingleton<TrierCloudAdapter>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<TrierCloudAdapter>());
        return builder;
    }

    public static WebApplication MapBotEndpoint(this WebApplication app)
    {
        app.MapPost(BotMessagesEndpoint.Route, BotMessagesEndpoint.HandleAsync);
        app.MapHealthChecks("/healthz");
        return app;
    }
}
