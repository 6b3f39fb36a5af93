namespace TrierBot.Channels.Telegram;

/// <summary>Telegram Bot API settings (section <c>Telegram</c>); the channel is off while <see cref="BotToken"/> is empty.</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    /// <summary>The token from @BotFather. Secret: set it through the environment (<c>Telegram__BotToken</c>).</summary>
    public string? BotToken { get; set; }

    /// <summary>
    /// Sent by Telegram in <c>X-Telegram-Bot-Api-Secret-Token</c> with every webhook call (set with the
    /// <c>telegram-webhook</c> verb); 1–256 characters of A–Z, a–z, 0–9, _ and -. Secret.
    /// </summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The Bot API address; tests point it at a loopback fake.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>Where Telegram posts updates on our host.</summary>
    public string WebhookPath { get; set; } = "/api/telegram";

    public OutgoingRetryOptions Retry { get; set; } = new();

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BotToken);
}
