using System.Globalization;

namespace TrierBot.Handoff;

/// <summary>The one answer to a throttled login: 429, Retry-After in whole seconds, and a sentence the login page shows.</summary>
public static class CounsellorLoginThrottleResult
{
    public static IResult TooManyAttempts(HttpContext http, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Results.Problem(
            detail: $"Zu viele Anmeldeversuche. Bitte versuchen Sie es in {seconds} Sekunden erneut.",
            statusCode: StatusCodes.Status429TooManyRequests);
    }
}
