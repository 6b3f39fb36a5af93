using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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
        // Singleton: reads the Direct Line's live conversations, so the queue can drop cases whose person left.
        builder.Services.AddSingleton<IUserPresence, DirectLinePresence>();
        builder.Services.AddSingleton<CounsellorAccounts>();
        // Singleton, registered after the host's ConversationTurnGate: every adapter applies DI middleware in order.
        builder.Services.AddSingleton<IMiddleware, HandoffMiddleware>();
        // Singleton hosted service: the timeout offer and the retention purge.
        builder.Services.AddSingleton<HandoffTimeoutService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<HandoffTimeoutService>());

        var authentication = builder.Services.AddAuthentication();
        authentication.AddCookie(CookieScheme, cookie =>
        {
            cookie.Cookie.Name = "trierbot.counsellor";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.Path = CounsellorConsoleEndpoints.Route;
            cookie.LoginPath = CounsellorConsoleEndpoints.Route + "/login";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
            cookie.SlidingExpiration = true;
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

    /// <summary>Pages redirect to the login; the console API answers 401 without login and 403 to any other credential (e.g. a Direct Line token).</summary>
    private static Task DenyOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments(CounsellorConsoleEndpoints.ApiRoute))
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
