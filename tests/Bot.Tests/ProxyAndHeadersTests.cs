using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace TrierBot.Bot.Tests;

/// <summary>
/// Behind a TLS proxy, over real HTTP: forwarded headers count only from <c>ForwardedHeaders:KnownProxies</c>
/// (then the stream URL is wss:// and each client has its own rate-limit bucket); every response carries the
/// security headers, the chat page a CSP whose frame-ancestors are the configured embedding sites.
/// </summary>
public sealed class ProxyAndHeadersTests
{
    [Fact]
    public async Task StartConversation_ThroughConfiguredTlsProxy_StreamUrlIsWss()
    {
        await using var host = await StartAsync(new() { ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" });

        var streamUrl = await StartConversationAsync(host, forwardedFor: "203.0.113.10", forwardedProto: "https");

        Assert.StartsWith("wss://", streamUrl);
    }

    [Fact]
    public async Task StartConversation_ThroughUnconfiguredProxy_HeadersIgnored()
    {
        await using var host = await StartAsync([]);

        var streamUrl = await StartConversationAsync(host, forwardedFor: "203.0.113.10", forwardedProto: "https");

        Assert.StartsWith("ws://", streamUrl);
    }

    [Fact]
    public async Task RateLimit_ThroughConfiguredProxy_EachClientHasOwnBucket()
    {
        await using var host = await StartAsync(new() { ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1", ["DirectLine:PermitsPerIp"] = "2" });

        var first = await GenerateTokensAsync(host, "203.0.113.1", 3);
        var second = await GenerateTokensAsync(host, "203.0.113.2", 1);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.OK], second);
    }

    [Fact]
    public async Task RateLimit_ThroughUnconfiguredProxy_ForwardedForIgnored()
    {
        await using var host = await StartAsync(new() { ["DirectLine:PermitsPerIp"] = "2" });

        var first = await GenerateTokensAsync(host, "203.0.113.1", 2);
        var second = await GenerateTokensAsync(host, "203.0.113.2", 1);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], first);
        Assert.Equal([HttpStatusCode.TooManyRequests], second);
    }

    [Fact]
    public async Task ChatPage_Served_CarriesCspWithConfiguredFrameAncestorsAndSecurityHeaders()
    {
        await using var host = await StartAsync(new() { ["DirectLine:AllowedOrigins:0"] = "https://www.example.org/" });

        using var page = await host.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'self' https://www.example.org", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task ChatPage_NoEmbeddingSitesConfigured_OnlySameOriginMayFrame()
    {
        await using var host = await StartAsync([]);

        using var page = await host.Client.GetAsync("/index.html");

        Assert.EndsWith("frame-ancestors 'self'", string.Join(";", page.Headers.GetValues("Content-Security-Policy")));
    }

    [Theory]
    [InlineData("/chat.js")]
    [InlineData("/embed.js")]
    [InlineData("/healthz")]
    [InlineData("/counsellor/login")]
    public async Task AnyResponse_Served_NosniffAndReferrerPolicy(string path)
    {
        await using var host = await StartAsync([]);

        using var response = await host.Client.GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task CounsellorPage_Served_KeepsItsOwnStricterCsp()
    {
        await using var host = await StartAsync([]);

        using var login = await host.Client.GetAsync("/counsellor/login");

        Assert.Contains("frame-ancestors 'none'", login.Headers.GetValues("Content-Security-Policy").Single());
    }

    private static Task<LoopbackHost> StartAsync(Dictionary<string, string> settings)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "bot", "TrierBot.csproj"))) dir = dir.Parent;
        settings["contentRoot"] = Path.Combine(dir!.FullName, "bot");
        return LoopbackHost.StartAsync(settings: settings);
    }

    private static async Task<string> StartConversationAsync(LoopbackHost host, string forwardedFor, string forwardedProto)
    {
        var token = await GenerateTokenAsync(host, forwardedFor, forwardedProto);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("streamUrl").GetString()!;
    }

    private static async Task<string> GenerateTokenAsync(LoopbackHost host, string forwardedFor, string forwardedProto)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        using var response = await host.Client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString()!;
    }

    private static async Task<List<HttpStatusCode>> GenerateTokensAsync(LoopbackHost host, string forwardedFor, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var response = await host.Client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
