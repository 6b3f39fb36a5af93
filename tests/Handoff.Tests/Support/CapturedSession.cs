using System.Net.Http.Json;

namespace TrierBot.Handoff.Tests.Support;

/// <summary>Requests with cookies copied from a signed-in browser (and its anti-forgery token), as a thief would send them.</summary>
public sealed class CapturedSession : IDisposable
{
    private readonly HttpClient _http;
    private readonly string _cookie;
    private readonly string _token;

    public CapturedSession(Uri baseAddress, ConsoleClient from)
    {
        _http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        _cookie = from.CookieHeader;
        _token = from.AntiforgeryToken;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }) });

    public void Dispose() => _http.Dispose();

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        request.Headers.Add("Cookie", _cookie);
        request.Headers.Add("X-CSRF-TOKEN", _token);
        return _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }
}
