using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace TrierBot.Channels.Telegram;

/// <summary>
/// Calls Bot API methods (<c>POST {ApiBaseUrl}/bot{token}/{method}</c> with a JSON body). The named HttpClient
/// has the safe retry and no request logging: the token is part of the URL.
/// </summary>
public sealed class TelegramBotApiClient
{
    public const string HttpClientName = "telegram";

    private readonly IHttpClientFactory _httpClients;
    private readonly TelegramOptions _options;

    public TelegramBotApiClient(IHttpClientFactory httpClients, IOptions<TelegramOptions> options)
    {
        _httpClients = httpClients;
        _options = options.Value;
    }

    /// <summary>Calls a method and returns its <c>result</c>; throws when Telegram answers <c>ok: false</c>.</summary>
    public async Task<JsonElement> CallAsync(string method, JsonObject parameters, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(parameters);
        var uri = $"{_options.ApiBaseUrl.TrimEnd('/')}/bot{_options.BotToken}/{method}";
        using var content = new StringContent(parameters.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await _httpClients.CreateClient(HttpClientName).PostAsync(uri, content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw new HttpRequestException($"Telegram {method}: HTTP {(int)response.StatusCode} without a JSON answer.", null, response.StatusCode);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True)
            {
                return root.TryGetProperty("result", out var result) ? result.Clone() : default;
            }

            // Telegram's description names the error ("chat not found"), never message text: safe to surface.
            var description = root.TryGetProperty("description", out var d) ? d.GetString() : null;
            throw new HttpRequestException($"Telegram {method} failed: HTTP {(int)response.StatusCode} {description}", null, response.StatusCode);
        }
    }
}
