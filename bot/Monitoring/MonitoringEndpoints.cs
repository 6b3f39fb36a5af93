using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using TrierBot.Handoff;

namespace TrierBot.Monitoring;

/// <summary>
/// <c>/monitoring</c> (the page) and <c>/monitoring/api</c> (the same numbers as JSON and CSV), for accounts with the
/// monitoring permission, with the console's login. Without login the page redirects to it (302) and the API answers
/// 401; a login without the permission gets 403. Only reads: no anti-forgery needed.
/// </summary>
public static class MonitoringEndpoints
{
    public const string Route = "/monitoring";
    public const string ApiRoute = Route + "/api";
    public const string Policy = "Monitoring";

    private const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static WebApplication MapMonitoringPage(this WebApplication app)
    {
        app.MapGet(Route, PageAsync);
        app.MapGet(Route + "/assets/monitoring.css", StylesheetAsync);
        var api = app.MapGroup(ApiRoute).RequireAuthorization(Policy);
        api.MapGet("/charts", Charts);
        api.MapGet("/charts/{file}", Csv);
        return app;
    }

    /// <summary>The permission: a local account saved with <c>--monitoring</c>, or an OIDC login in the group <c>Monitoring:OidcGroup</c>.</summary>
    public static bool IsPermitted(ClaimsPrincipal user, string oidcTeamsClaim, string oidcGroup)
        => user.Identity?.IsAuthenticated == true
           && (user.HasClaim(CounsellorAccounts.MonitoringClaim, "true") || user.FindAll(oidcTeamsClaim).Any(c => string.Equals(c.Value, oidcGroup, StringComparison.OrdinalIgnoreCase)));

    private static async Task PageAsync(HttpContext http, MonitoringReport report, IAuthorizationService authorization)
    {
        var login = await http.AuthenticateAsync(HandoffHosting.CookieScheme);
        if (!login.Succeeded)
        {
            if (!string.IsNullOrEmpty(http.RequestServices.GetRequiredService<IOptions<HandoffOptions>>().Value.Oidc.Authority))
            {
                await http.ChallengeAsync(HandoffHosting.OidcScheme, new AuthenticationProperties { RedirectUri = Route });
                return;
            }

            http.Response.Redirect(CounsellorConsoleEndpoints.Route + "/login?ReturnUrl=" + Uri.EscapeDataString(Route));
            return;
        }

        Secure(http.Response);
        if (!(await authorization.AuthorizeAsync(login.Principal, Policy)).Succeeded)
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync("Für das Bildungsmonitoring fehlt diesem Konto die Berechtigung (counsellor add … --monitoring).", http.RequestAborted);
            return;
        }

        if (MonitoringFilter.TryRead(http.Request.Query, out var error) is not { } filter)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(error ?? "Ungültiger Filter.", http.RequestAborted);
            return;
        }

        var name = login.Principal.FindFirstValue(CounsellorIdentity.DisplayNameClaim) ?? login.Principal.Identity?.Name ?? "";
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(MonitoringPage.Render(report.Build(filter), name), http.RequestAborted);
    }

    private static async Task StylesheetAsync(HttpContext http)
    {
        var file = http.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo("monitoring/monitoring.css");
        if (!file.Exists)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Secure(http.Response);
        http.Response.ContentType = "text/css; charset=utf-8";
        await http.Response.SendFileAsync(file, http.RequestAborted);
    }

    private static IResult Charts(HttpContext http, MonitoringReport report)
    {
        if (MonitoringFilter.TryRead(http.Request.Query, out var error) is not { } filter)
        {
            return Results.Problem(detail: error, statusCode: StatusCodes.Status400BadRequest);
        }

        Secure(http.Response);
        var view = report.Build(filter);
        var overall = DemandExport.ToJson(view.Overall, download: false);
        var json = new JsonObject
        {
            ["minCell"] = view.MinCell,
            ["demo"] = view.Demo,
            ["filter"] = new JsonObject { ["from"] = filter.Months.From, ["to"] = filter.Months.To, ["topic"] = filter.Topic, ["district"] = filter.District },
            ["overall"] = overall["cells"]!.AsArray().FirstOrDefault()?.DeepClone() ?? new JsonObject { ["searches"] = 0, ["unmet"] = 0, ["handoffs"] = 0 },
            ["charts"] = new JsonArray([.. view.Charts.Select(c =>
            {
                var chart = DemandExport.ToJson(c.Table, download: false);
                chart["id"] = c.Chart.Id;
                chart["title"] = c.Chart.Title;
                chart["measure"] = c.Chart.Measure;
                chart["csv"] = $"{ApiRoute}/charts/{c.Chart.Id}.csv{filter.QueryString()}";
                return (JsonNode)chart;
            })]),
            ["indicators"] = new JsonArray([.. view.Indicators.Select(i => (JsonNode)new JsonObject
            {
                ["name"] = i.Name, ["district"] = i.District, ["year"] = i.Year, ["value"] = i.Value, ["unit"] = i.Unit,
            })]),
        };
        return Results.Text(json.ToJsonString(), "application/json; charset=utf-8");
    }

    private static IResult Csv(string file, HttpContext http, MonitoringReport report)
    {
        if (!file.EndsWith(".csv", StringComparison.Ordinal) || ChartDefinition.Find(file[..^4]) is not { } chart)
        {
            return Results.NotFound();
        }

        if (MonitoringFilter.TryRead(http.Request.Query, out var error) is not { } filter)
        {
            return Results.Problem(detail: error, statusCode: StatusCodes.Status400BadRequest);
        }

        Secure(http.Response);
        var table = report.Build(filter).Charts.First(c => c.Chart == chart).Table;
        return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(DemandExport.ToCsv(table))).ToArray(), "text/csv; charset=utf-8", $"trierbot-{chart.Id}.csv");
    }

    private static void Secure(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
    }
}
