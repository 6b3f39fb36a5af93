using Microsoft.Bot.Builder;
using Npgsql;
using OpenTelemetry.Metrics;
using TrierBot.Metrics;

namespace TrierBot.Hosting;

public static class MetricsHosting
{
    public const string Path = "/metrics";

    /// <summary>
    /// OpenTelemetry metrics in Prometheus format: the bot's turns and hand-off queue (<see cref="BotMetrics"/>),
    /// ASP.NET Core's requests and Npgsql's connections. Called before the state and the channels, so the turn
    /// metrics are the first middleware of every adapter.
    /// </summary>
    public static WebApplicationBuilder AddTrierMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<MetricsOptions>(builder.Configuration.GetSection(MetricsOptions.SectionName));
        // Singletons: instruments are created once per host and are thread-safe.
        builder.Services.AddSingleton<BotMetrics>();
        builder.Services.AddSingleton<MetricsAccessGuard>();
        builder.Services.AddSingleton<IMiddleware, TurnMetricsMiddleware>();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(BotMetrics.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddNpgsqlInstrumentation()
            // A scrape sees the figures of that moment, not a cached copy.
            .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        return builder;
    }

    /// <summary><c>GET /metrics</c> for the operators' scraper only (<see cref="MetricsAccessGuard"/>).</summary>
    public static WebApplication MapTrierMetrics(this WebApplication app)
    {
        // The gauges exist from the start, not from the first turn.
        _ = app.Services.GetRequiredService<BotMetrics>();
        var guard = app.Services.GetRequiredService<MetricsAccessGuard>();
        app.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: branch => branch.Use(async (http, next) =>
        {
            if (!guard.Allows(http))
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                await http.Response.WriteAsync("/metrics is served to loopback and Metrics:AllowedNetworks only.");
                return;
            }

            await next(http);
        }), optionsName: null);
        return app;
    }
}
