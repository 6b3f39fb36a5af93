using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace TrierBot.Handoff;

/// <summary>
/// <c>/counsellor</c>: the console page, its login, and the JSON API behind it. The endpoints only check who is
/// asking and forward to <see cref="HandoffQueue"/>; every change of state requires the anti-forgery header.
/// </summary>
public static class CounsellorConsoleEndpoints
{
    public const string Route = "/counsellor";
    public const string ApiRoute = Route + "/api";
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>How long an open event stream trusts its session before asking the account store again.</summary>
    private static readonly TimeSpan SessionRecheck = TimeSpan.FromSeconds(5);

    public static WebApplication MapCounsellorConsole(this WebApplication app)
    {
        app.MapGet(Route, PageAsync);
        app.MapGet(Route + "/login", LoginPageAsync);
        app.MapGet(Route + "/assets/{file}", AssetAsync);
        app.MapGet(Route + "/login/token", (HttpContext http, IAntiforgery antiforgery) => Results.Ok(new { token = antiforgery.GetAndStoreTokens(http).RequestToken }));
        app.MapPost(Route + "/login", LoginAsync).AddEndpointFilter(ValidateAntiforgeryAsync).RequireRateLimiting(CounsellorLoginRateLimitPolicy.Name);

        var api = app.MapGroup(ApiRoute).RequireAuthorization(HandoffHosting.Policy).AddEndpointFilter(ValidateAntiforgeryAsync);
        api.MapGet("/me", Me);
        api.MapPost("/logout", async (HttpContext http, CounsellorAccounts accounts) =>
        {
            // A cookie copied before the logout must not outlive it: the new stamp invalidates every session of the account.
            accounts.RenewSecurityStamp(Counsellor(http).Login);
            await http.SignOutAsync(HandoffHosting.CookieScheme);
            return Results.NoContent();
        });
        api.MapGet("/queue", Queue);
        api.MapGet("/cases/{id}", Case);
        api.MapPost("/cases/{id}/accept", async (string id, HttpContext http, HandoffQueue queue) =>
            ToResult(await queue.AcceptAsync(id, Counsellor(http), http.RequestAborted)));
        api.MapPost("/cases/{id}/messages", async (string id, MessageRequest body, HttpContext http, HandoffQueue queue) =>
            ToResult(await queue.SendMessageAsync(id, Counsellor(http), body.Text ?? "", http.RequestAborted)));
        api.MapPost("/cases/{id}/typing", async (string id, HttpContext http, HandoffQueue queue) =>
            ToResult(await queue.SendTypingAsync(id, Counsellor(http), http.RequestAborted)));
        api.MapPost("/cases/{id}/transfer", async (string id, TransferRequest body, HttpContext http, HandoffQueue queue) =>
            ToResult(await queue.TransferAsync(id, Counsellor(http), body.Team, body.Colleague, body.Note, http.RequestAborted)));
        api.MapPost("/cases/{id}/handback", async (string id, HttpContext http, HandoffQueue queue) =>
            ToResult(await queue.HandBackAsync(id, Counsellor(http), http.RequestAborted)));
        api.MapGet("/callbacks", Callbacks);
        api.MapPost("/callbacks/{id}/done", (string id, HttpContext http, HandoffQueue queue) => ToResult(queue.MarkCallbackDone(id, Counsellor(http))));
        api.MapGet("/colleagues", (HandoffStore store) => Results.Ok(store.Accounts().Select(a => new { login = a.Id, name = a.DisplayName, teams = a.Teams })));
        api.MapGet("/events", EventsAsync);
        return app;
    }

    // ---- pages

    private static async Task PageAsync(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated != true && !(await http.AuthenticateAsync(HandoffHosting.CookieScheme)).Succeeded)
        {
            if (HandoffHosting.OidcEnabled(http.RequestServices))
            {
                await HandoffHosting.ChallengeOidcAsync(http);
                return;
            }

            http.Response.Redirect(Route + "/login");
            return;
        }

        await SendFileAsync(http, "index.html");
    }

    private static Task LoginPageAsync(HttpContext http) =>
        HandoffHosting.OidcEnabled(http.RequestServices) ? HandoffHosting.ChallengeOidcAsync(http) : SendFileAsync(http, "login.html");

    private static Task AssetAsync(string file, HttpContext http)
    {
        if (file is not ("console.js" or "console.css" or "login.js"))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return SendFileAsync(http, file);
    }

    private static async Task SendFileAsync(HttpContext http, string name)
    {
        var file = http.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo("counsellor/" + name);
        if (!file.Exists)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = Path.GetExtension(name) switch
        {
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            _ => "text/html; charset=utf-8",
        };
        http.Response.Headers.CacheControl = "no-store";
        // The console shows what users type: no inline scripts, no foreign sources.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        await http.Response.SendFileAsync(file, http.RequestAborted);
    }

    // ---- login

    private static async Task<IResult> LoginAsync(LoginRequest body, HttpContext http, CounsellorAccounts accounts, CounsellorLoginThrottle throttle, ILoggerFactory loggers)
    {
        var address = http.Connection.RemoteIpAddress;
        var logger = loggers.CreateLogger(nameof(CounsellorConsoleEndpoints));
        // Checked before the password: during a lockout the right password is refused too, so guessing learns nothing.
        if (throttle.RetryAfter(body.Login, address) is { } wait)
        {
            logger.LogWarning("Console login refused: locked for {Seconds} s", (int)Math.Ceiling(wait.TotalSeconds));
            return CounsellorLoginThrottleResult.TooManyAttempts(http, wait);
        }

        var account = accounts.Verify(body.Login, body.Password);
        if (account is null)
        {
            throttle.Failed(body.Login, address);
            logger.LogWarning("Console login failed");
            return Results.Unauthorized();
        }

        throttle.Succeeded(body.Login);
        await http.SignInAsync(HandoffHosting.CookieScheme, CounsellorAccounts.CreatePrincipal(account, HandoffHosting.CookieScheme));
        return Results.NoContent();
    }

    private static async ValueTask<object?> ValidateAntiforgeryAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method))
        {
            try
            {
                await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return Results.Problem(detail: "Anti-forgery token missing or invalid.", statusCode: StatusCodes.Status400BadRequest);
            }
        }

        return await next(context);
    }

    // ---- reads

    private static IResult Me(HttpContext http, IAntiforgery antiforgery)
    {
        var me = Counsellor(http);
        // A fresh token for the signed-in identity: the one from the login page belonged to an anonymous user.
        return Results.Ok(new { login = me.Login, name = me.DisplayName, teams = me.Teams, allTeams = HandoffTeams.All, antiforgeryToken = antiforgery.GetAndStoreTokens(http).RequestToken });
    }

    private static IResult Queue(HttpContext http, HandoffStore store, TimeProvider time)
    {
        var me = Counsellor(http);
        var now = time.GetUtcNow().UtcDateTime;
        return Results.Ok(store.OpenCases().Where(me.MaySee).Select(c => CaseView(c, now)));
    }

    private static IResult Case(string id, HttpContext http, HandoffStore store, TimeProvider time)
    {
        var me = Counsellor(http);
        var handoffCase = store.FindCase(id);
        if (handoffCase is null || !me.MaySee(handoffCase)) return Results.NotFound();
        // The id lets the console merge this with the lines it receives live meanwhile.
        var transcript = store.Transcript(id).Select(t => new { id = t.Id, role = t.Role, name = t.Name, text = t.Text, utc = Utc(t.Utc) });
        return Results.Ok(new { @case = CaseView(handoffCase, time.GetUtcNow().UtcDateTime), transcript });
    }

    private static IResult Callbacks(HttpContext http, HandoffStore store)
    {
        var me = Counsellor(http);
        return Results.Ok(store.Callbacks().Where(c => me.Teams.Contains(c.Team)).Select(c => new
        {
            id = c.Id, kind = c.Kind, contact = c.Contact, team = c.Team, topic = c.Topic, topicLabel = HandoffTopicLabels.German(c.Topic), createdUtc = Utc(c.CreatedUtc), done = c.Done, doneBy = c.DoneBy,
        }));
    }

    private static object CaseView(HandoffCase c, DateTime now) => new
    {
        id = c.Id,
        channel = c.ChannelId,
        team = c.Team,
        status = c.Status.ToString().ToLowerInvariant(),
        closedReason = c.ClosedReason,
        counsellor = c.Counsellor,
        counsellorName = c.CounsellorName,
        assignedTo = c.AssignedTo,
        queuedUtc = Utc(c.QueuedUtc),
        waitingSeconds = (int)(now - Utc(c.QueuedUtc)).TotalSeconds,
        offerMade = c.OfferMade,
        summary = new { topic = c.Summary.Topic, topicLabel = HandoffTopicLabels.German(c.Summary.Topic), age = c.Summary.Age, district = c.Summary.District, searched = c.Summary.Searched, language = c.Summary.Language },
    };

    // ---- live updates

    /// <summary>Server-Sent Events: one "data:" line per update; the browser's EventSource reconnects by itself.</summary>
    private static async Task EventsAsync(HttpContext http, HandoffLiveUpdates live, CounsellorAccounts accounts, TimeProvider time)
    {
        var me = Counsellor(http);
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        using var subscription = live.Subscribe(me);
        await http.Response.WriteAsync(": connected\n\n", http.RequestAborted);
        await http.Response.Body.FlushAsync(http.RequestAborted);
        var reader = subscription.Reader;
        var checkedAt = time.GetUtcNow();
        try
        {
            while (!http.RequestAborted.IsCancellationRequested)
            {
                // A comment every 20 s keeps proxies from closing an idle stream.
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
                wait.CancelAfter(TimeSpan.FromSeconds(20));
                try
                {
                    await reader.WaitToReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
                {
                    await http.Response.WriteAsync(": keep-alive\n\n", http.RequestAborted);
                    await http.Response.Body.FlushAsync(http.RequestAborted);
                    continue;
                }

                // The stream outlives the request that opened it: a removed account or a logout ends it too.
                if (time.GetUtcNow() - checkedAt > SessionRecheck)
                {
                    if (!accounts.IsCurrent(http.User, HandoffHosting.CookieScheme)) return;
                    checkedAt = time.GetUtcNow();
                }

                while (reader.TryRead(out var update))
                {
                    var payload = JsonSerializer.Serialize(new { kind = update.Kind, caseId = update.CaseId, data = update.Data }, Json);
                    await http.Response.WriteAsync($"data: {payload}\n\n", http.RequestAborted);
                }

                await http.Response.Body.FlushAsync(http.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The console closed the page.
        }
    }

    // ---- helpers

    private static CounsellorIdentity Counsellor(HttpContext http) =>
        CounsellorIdentity.FromPrincipal(http.User, http.RequestServices.GetRequiredService<IOptions<HandoffOptions>>().Value.Oidc.TeamsClaim);

    // LiteDB hands dates back as local time; the page wants them marked as UTC.
    private static DateTime Utc(DateTime value) => value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value.ToUniversalTime();

    private static IResult ToResult(HandoffResult result) => result switch
    {
        HandoffResult.Done => Results.NoContent(),
        HandoffResult.Conflict => Results.Conflict(),
        HandoffResult.Invalid => Results.BadRequest(),
        _ => Results.NotFound(),
    };
}
