using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace TrierBot.Hosting;

/// <summary>
/// Behind a TLS proxy: <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> are believed only from the proxies listed in
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR). Then the
/// Direct Line stream URL is <c>wss://</c> and rate limits key on the real client address. Nothing listed:
/// the headers are ignored (ASP.NET Core's own default trusts loopback proxies, and empty lists would trust anyone).
/// </summary>
public static class ForwardedHeadersHosting
{
    public const string SectionName = "ForwardedHeaders";

    public static WebApplicationBuilder AddForwardedHeaders(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SectionName);
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Where(p => !string.IsNullOrWhiteSpace(p)))
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy.Trim()));
            }

            foreach (var network in networks.Where(n => !string.IsNullOrWhiteSpace(n)))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
            }

            // One proxy hop by default; a chain of several trusted proxies sets ForwardedHeaders:ForwardLimit.
            options.ForwardLimit = section.GetValue("ForwardLimit", 1);
        });
        return builder;
    }

    /// <summary>First in the pipeline, so that everything after it sees the client's address and scheme.</summary>
    public static WebApplication UseTrierForwardedHeaders(this WebApplication app)
    {
        // With both lists empty the middleware would believe every sender: no proxy configured, no middleware.
        var options = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        if (options.KnownProxies.Count > 0 || options.KnownIPNetworks.Count > 0) app.UseForwardedHeaders();
        return app;
    }
}
