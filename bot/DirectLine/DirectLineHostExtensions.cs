using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TrierBot.Privacy;

namespace TrierBot.DirectLine;

/// <summary>Wires the Direct Line endpoint and the Web Chat page into the host: <c>builder.AddDirectLine()</c>, <c>app.MapDirectLine()</c>.</summary>
public static class DirectLineHostExtensions
{
    public static WebApplicationBuilder AddDirectLine(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(DirectLineOptions.SectionName);
        builder.Services.Configure<DirectLineOptions>(section);
        var options = section.Get<DirectLineOptions>() ?? new DirectLineOptions();

        // Singletons: one LiteDB file per process, one live registry of streams, one adapter with its middleware chain.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DirectLineStore>();
        builder.Services.AddSingleton<DirectLineTokens>();
        builder.Services.AddSingleton<DirectLineConversations>();
        // What people wrote on the page: erased with the rest of a conversation ("Lösche meine Daten", delete button, retention).
        builder.Services.AddSingleton<IConversationDataStore>(sp => sp.GetRequiredService<DirectLineConversations>());
        builder.Services.AddConversationErasure();
        builder.Services.AddSingleton<DirectLineAdapter>();
        builder.Services.AddSingleton<DirectLineService>();
        builder.Services.AddSingleton<DirectLineRetentionService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DirectLineRetentionService>());

        builder.Services.AddCors(cors => cors.AddPolicy(DirectLineEndpoints.CorsPolicy, policy => policy
            .WithOrigins([.. options.AllowedOrigins.Select(o => o.TrimEnd('/'))])
            .WithMethods("GET", "POST", "DELETE")
            .WithHeaders("Authorization", "Content-Type", "x-ms-bot-agent")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(PerIp(options), PerToken(options));
            limiter.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.RateLimitWindow;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
        return builder;
    }

    /// <summary>Direct Line under /v3/directline plus the page (/ and the embed snippet) from wwwroot.</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseWebSockets();
        app.UseCors();
        app.UseRateLimiter();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapDirectLineEndpoints();
        return app;
    }

    private static bool IsDirectLine(HttpContext http) =>
        http.Request.Path.StartsWithSegments(DirectLineEndpoints.RoutePrefix) && !HttpMethods.IsOptions(http.Request.Method);

    private static PartitionedRateLimiter<HttpContext> PerIp(DirectLineOptions options) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http => IsDirectLine(http)
            ? RateLimitPartition.GetFixedWindowLimiter("ip:" + http.Connection.RemoteIpAddress, _ => Window(options.PermitsPerIp, options))
            : RateLimitPartition.GetNoLimiter(""));

    private static PartitionedRateLimiter<HttpContext> PerToken(DirectLineOptions options) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            var credential = http.Request.Headers.Authorization.ToString();
            if (string.IsNullOrEmpty(credential)) credential = http.Request.Query["t"].ToString();
            return IsDirectLine(http) && !string.IsNullOrEmpty(credential)
                ? RateLimitPartition.GetFixedWindowLimiter("token:" + credential, _ => Window(options.PermitsPerToken, options))
                : RateLimitPartition.GetNoLimiter("");
        });

    private static FixedWindowRateLimiterOptions Window(int permits, DirectLineOptions options) => new()
    {
        PermitLimit = permits,
        Window = options.RateLimitWindow,
        QueueLimit = 0,
    };
}
