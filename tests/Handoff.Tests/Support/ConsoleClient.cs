using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TrierBot.Handoff.Tests.Support;

/// <summary>A counsellor's browser as far as HTTP goes: cookies, the anti-forgery header, the console API.</summary>
public sealed class ConsoleClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly CookieContainer _cookies = new();
    private string _token = "";

    public ConsoleClient(Uri baseAddress)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public HttpClient Http => _http;

    /// <summary>The anti-forgery token of the signed-in session.</summary>
    public string AntiforgeryToken => _token;

    /// <summary>The cookies as a <c>Cookie</c> header, as someone who copied them from the browser would replay them.</summary>
    public string CookieHeader => _cookies.GetCookieHeader(new Uri(_http.BaseAddress!, "/counsellor/api/"));

    public async Task<HttpResponseMessage> LoginAsync(string login, string password)
    {
        var token = (await _http.GetFromJsonAsync<JsonElement>("/counsellor/login/token")).GetProperty("token").GetString()!;
        var request = new HttpRequestMessage(HttpMethod.Post, "/counsellor/login") { Content = JsonContent.Create(new { login, password }) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        var response = await _http.SendAsync(request);
        if (response.IsSuccessStatusCode)
        {
            _token = (await _http.GetFromJsonAsync<JsonElement>("/counsellor/api/me")).GetProperty("antiforgeryToken").GetString()!;
        }

        return response;
    }

    public Task<JsonElement> GetAsync(string path) => _http.GetFromJsonAsync<JsonElement>("/counsellor/api" + path);

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null, bool withToken = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/counsellor/api" + path) { Content = JsonContent.Create(body ?? new { }) };
        if (withToken)
        {
            request.Headers.Add("X-CSRF-TOKEN", _token);
        }

        return _http.SendAsync(request);
    }

    public void Dispose() => _http.Dispose();
}
