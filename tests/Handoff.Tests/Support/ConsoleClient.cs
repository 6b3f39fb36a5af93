using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TrierBot.Handoff.Tests.Support;

/// <summary>A counsellor's browser as far as HTTP goes: cookies, the anti-forgery header, the console API.</summary>
public sealed class ConsoleClient : IDisposable
{
    private readonly HttpClient _http;
    private string _token = "";

    public ConsoleClient(Uri baseAddress)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public HttpClient Http => _http;

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
