using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TrierBot.Privacy;

namespace TrierBot.Handoff;

/// <summary>Wires the counsellor hand-off into the host: <c>builder.AddHandoff()</c>, <c>app.MapHandoff()</c>.</summary>
public static class HandoffHosting
{
    public const string CookieScheme = "Counsellor";
    public const string OidcScheme = "CounsellorOidc";
    public const string Policy = "Counsellor";

    public static WebApplicationBuilder AddHandoff(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(HandoffOptions.SectionName);
        builder.Services.Configure<HandoffOptions>(section);
        var options = section.Get<HandoffOptions>() ?? new HandoffOptions();

        // Singletons: one LiteDB file per process, one live fan-out, stateless services over them.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<HandoffStore>();
        builder.Services.AddSingleton<HandoffLiveUpdates>();
        builder.Services.AddSingleton<ChannelAdapterRegistry>();
        builder.Services.AddSingleton<UserChannelSender>();
        builder.Services.AddSingleton<HandoffQueue>();
        // Cases, their transcripts and callbacks are erased with the rest of a conversation; the queue tells the consoles.
        builder.Services.AddSingleton<IConversationDataStore>(sp => sp.GetRequiredService<HandoffQueue>());
        builder.Services.AddConversationErasure();
        // Singleton: reads the Direct Line's live conversations, so the queue can drop cases whose person left.
        builder.Services.AddSingleton<IUserPresence, DirectLinePresence>();
        builder.Services.AddSingleton<CounsellorAccounts>();
        // Singleton: the login failure counters live for the process (a restart forgets them, the rate limiter still caps).
        builder.Services.AddSingleton<CounsellorLoginThrottle>();
        builder.Services.AddRateLimiter(limiter => limiter.AddPolicy<string, CounsellorLoginRateLimitPolicy>(CounsellorLoginRateLimitPolicy.Name));
        // Singleton, registered after the host's ConversationTurnGate: every adapter applies DI middleware in order.
        builder.Services.AddSingleton<IMiddleware, HandoffMiddleware>();
        // Singleton hosted service: the timeout offer.
        builder.Services.AddSingleton<HandoffTimeoutService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<HandoffTimeoutService>());

        var authentication = builder.Services.AddAuthentication();
        authentication.AddCookie(CookieScheme, cookie =>
        {
            cookie.Cookie.Name = "trierbot.counsellor";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // The whole site: the monitoring page (/monitoring) uses the same login; SameSite=Strict and HttpOnly still hold.
            cookie.Cookie.Path = "/";
            cookie.LoginPath = CounsellorConsoleEndpoints.Route + "/login";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
            cookie.SlidingExpiration = true;
            // Every request is checked against the account store: a removed account, a new password or a logout
            // ends the session at once (ASP.NET Core Identity's security stamp, without its 30-minute cache).
            cookie.Events.OnValidatePrincipal = ValidateSecurityStampAsync;
            cookie.Events.OnRedirectToLogin = context => DenyOrRedirect(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => DenyOrRedirect(context, StatusCodes.Status403Forbidden);
        });
        if (!string.IsNullOrEmpty(options.Oidc.Authority))
        {
            authentication.AddOpenIdConnect(OidcScheme, oidc =>
            {
                oidc.Authority = options.Oidc.Authority;
                oidc.ClientId = options.Oidc.ClientId;
                // Secret only from the environment (Handoff__Oidc__ClientSecret).
                oidc.ClientSecret = options.Oidc.ClientSecret;
                oidc.ResponseType = "code";
                oidc.SignInScheme = CookieScheme;
                oidc.CallbackPath = CounsellorConsoleEndpoints.Route + "/signin-oidc";
                oidc.SignedOutCallbackPath = CounsellorConsoleEndpoints.Route + "/signout-oidc";
                oidc.Scope.Add("profile");
                oidc.GetClaimsFromUserInfoEndpoint = true;
                oidc.MapInboundClaims = false;
            });
        }

        builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(CookieScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => CounsellorIdentity.FromPrincipal(context.User, options.Oidc.TeamsClaim).Teams.Count > 0));
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = CounsellorConsoleEndpoints.AntiforgeryHeader;
            antiforgery.Cookie.Name = "trierbot.counsellor.af";
            antiforgery.Cookie.Path = CounsellorConsoleEndpoints.Route;
        });
        return builder;
    }

    public static WebApplication MapHandoff(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapCounsellorConsole();
        return app;
    }

    private static async Task ValidateSecurityStampAsync(CookieValidatePrincipalContext context)
    {
        var accounts = context.HttpContext.RequestServices.GetRequiredService<CounsellorAccounts>();
        if (context.Principal is { } principal && accounts.IsCurrent(principal, CookieScheme)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieScheme);
    }

    /// <summary>Pages redirect to the login; the console API answers 401 without login and 403 to any other credential (e.g. a Direct Line token).</summary>
    private static Task DenyOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments(CounsellorConsoleEndpoints.ApiRoute) || request.Path.StartsWithSegments(Monitoring.MonitoringEndpoints.ApiRoute))
        {
            var bearer = request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
            context.Response.StatusCode = bearer ? StatusCodes.Status403Forbidden : apiStatus;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    internal static bool OidcEnabled(IServiceProvider services) =>
        !string.IsNullOrEmpty(services.GetRequiredService<IOptions<HandoffOptions>>().Value.Oidc.Authority);

    internal static Task ChallengeOidcAsync(HttpContext http) =>
        http.ChallengeAsync(OidcScheme, new AuthenticationProperties { RedirectUri = CounsellorConsoleEndpoints.Route });
}
