using Microsoft.Extensions.Options;
using Npgsql;
using TrierBot.Handoff;
using TrierBot.Hosting;
using TrierBot.Storage;

namespace TrierBot.Monitoring;

/// <summary>Wires the education monitoring into the host: <c>builder.AddMonitoring()</c>, <c>app.MapMonitoring()</c> (docs/monitoring.md).</summary>
public static class MonitoringHosting
{
    public static WebApplicationBuilder AddMonitoring(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<MonitoringOptions>(builder.Configuration.GetSection(MonitoringOptions.SectionName));
        // Singletons: one open LiteDB file (or the shared data source) per process; one queue and one background writer for every turn.
        // With Storage:Provider=PostgreSQL the counts are shared by every instance (table demand_counts, docs/deployment.md).
        if (builder.UsesPostgreSQL())
        {
            builder.Services.AddSingleton<IDemandStore>(sp => new PostgresDemandStore(sp.GetRequiredService<NpgsqlDataSource>()));
        }
        else
        {
            builder.Services.AddSingleton<IDemandStore>(sp => new LiteDbDemandStore(sp.GetRequiredService<IOptions<MonitoringOptions>>().Value.DatabasePath));
        }

        builder.Services.AddSingleton<DemandRecorder>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DemandRecorder>());
        // Singleton, after the hand-off middleware: it sees the initiation the dialogs send and counts after the turn.
        builder.Services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, DemandRecordingMiddleware>();
        // Singleton: stateless, reads the store per request.
        builder.Services.AddSingleton<MonitoringReport>();
        var monitoring = builder.Configuration.GetSection(MonitoringOptions.SectionName).Get<MonitoringOptions>() ?? new MonitoringOptions();
        var teamsClaim = builder.Configuration.GetSection(HandoffOptions.SectionName).Get<HandoffOptions>()?.Oidc.TeamsClaim ?? "groups";
        builder.Services.AddAuthorizationBuilder().AddPolicy(MonitoringEndpoints.Policy, policy => policy
            .AddAuthenticationSchemes(HandoffHosting.CookieScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => MonitoringEndpoints.IsPermitted(context.User, teamsClaim, monitoring.OidcGroup)));
        return builder;
    }

    /// <summary>After <c>MapHandoff</c>: the page uses the console's authentication.</summary>
    public static WebApplication MapMonitoring(this WebApplication app) => app.MapMonitoringPage();
}
