using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace TrierBot.Channels.WhatsApp;

/// <summary>
/// Sends messages through the Cloud API (<c>POST {ApiBaseUrl}/{PhoneNumberId}/messages</c>). The named
/// HttpClient carries the safe retry and no request logging.
/// </summary>
public sealed class WhatsAppCloudApiClient
{
    public const string HttpClientName = "whatsapp";

    private readonly IHttpClientFactory _httpClients;
    private readonly WhatsAppOptions _options;

    public WhatsAppCloudApiClient(IHttpClientFactory httpClients, IOptions<WhatsAppOptions> options)
    {
        _httpClients = httpClients;
        _options = options.Value;
    }

    /// <summary>Sends one message object (to, type, text/interactive …); returns its <c>wamid</c>.</summary>
    public async Task<string> SendAsync(JsonObject message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var uri = $"{_options.ApiBaseUrl.TrimEnd('/')}/{_options.PhoneNumberId}/messages";
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new StringContent(message.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.AccessToken);
        using var response = await _httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // Graph errors carry a code and a generic message, never the text we sent.
            throw new HttpRequestException($"WhatsApp send failed: HTTP {(int)response.StatusCode} {ErrorCode(body)}", null, response.StatusCode);
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("messages", out var messages) && messages.GetArrayLength() > 0
            ? messages[0].GetProperty("id").GetString() ?? string.Empty
            : string.Empty;
    }

    private static string ErrorCode(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("code", out var code)
                ? $"error code {code}"
                : string.Empty;
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }
}
