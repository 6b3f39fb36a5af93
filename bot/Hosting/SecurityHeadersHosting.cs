using Microsoft.Extensions.Options;
using TrierBot.DirectLine;

namespace TrierBot.Hosting;

/// <summary>
/// Headers on every response: <c>X-Content-Type-Options: nosniff</c>, <c>Referrer-Policy: no-referrer</c> (the links
/// to offers must not tell other sites that someone used the chat), and for HTML pages without their own policy
/// (the chat page) a Content-Security-Policy that Web Chat works with. Only the chat's own origin and the sites in
/// <c>DirectLine:AllowedOrigins</c> (the city website that embeds it) may frame it.
/// </summary>
public static class SecurityHeadersHosting
{
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var embedders = app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.AllowedOrigins
            .Where(o => Uri.TryCreate(o, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
            .Select(o => o.TrimEnd('/'));
        var pagePolicy = ChatPagePolicy(string.Join(" ", ["'self'", .. embedders]));
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                if (!headers.ContainsKey("Referrer-Policy")) headers["Referrer-Policy"] = "no-referrer";
                if (string.IsNullOrEmpty(headers.ContentSecurityPolicy) && http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                {
                    headers.ContentSecurityPolicy = pagePolicy;
                }

                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }

    // Web Chat (botframework-webchat) adds its styles as <style> elements at run time, hence 'unsafe-inline' for
    // styles only; scripts only from this host; data:/blob: for its icons and uploaded files' previews;
    // connect-src 'self' covers the Direct Line calls and the same-host WebSocket.
    private static string ChatPagePolicy(string frameAncestors) =>
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "media-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
        $"form-action 'self'; frame-ancestors {frameAncestors}";
}
