using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TrierBot.Channels.Telegram;

/// <summary>What the <c>telegram-webhook</c> verb does, callable without a command line (and from tests).</summary>
public static class TelegramCommands
{
    public const int Done = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    /// <summary>The update kinds the adapter handles; Telegram then sends no others.</summary>
    public static readonly string[] AllowedUpdates = ["message", "callback_query"];

    /// <summary>
    /// Registers <paramref name="url"/> (public HTTPS address of our webhook, e.g.
    /// https://bot.example.org/api/telegram) with <c>setWebhook</c>, with the configured secret token.
    /// Exit codes: 0 done, 1 Telegram refused or is unreachable, 2 not configured or not an https URL.
    /// </summary>
    public static async Task<int> SetWebhookAsync(IServiceProvider services, string url, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        if (!options.IsConfigured || string.IsNullOrWhiteSpace(options.WebhookSecret))
        {
            await error.WriteLineAsync("Telegram ist nicht eingerichtet: Telegram__BotToken und Telegram__WebhookSecret setzen (siehe docs/channels.md).");
            return UsageError;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            await error.WriteLineAsync("Telegram verlangt eine öffentliche https-Adresse, z. B. https://bot.example.org/api/telegram.");
            return UsageError;
        }

        var parameters = new JsonObject
        {
            ["url"] = uri.AbsoluteUri,
            ["secret_token"] = options.WebhookSecret,
            ["allowed_updates"] = new JsonArray(AllowedUpdates.Select(u => (JsonNode)u!).ToArray()),
        };
        try
        {
            await services.GetRequiredService<TelegramBotApiClient>().CallAsync("setWebhook", parameters, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            await error.WriteLineAsync($"Telegram hat den Webhook nicht angenommen: {e.Message}");
            return Failed;
        }

        await output.WriteLineAsync($"Telegram-Webhook gesetzt: {uri.AbsoluteUri}");
        return Done;
    }
}
