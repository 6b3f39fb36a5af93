namespace TrierBot.Channels.WhatsApp;

/// <summary>
/// WhatsApp Business Cloud API settings (section <c>WhatsApp</c>); the channel is off while
/// <see cref="AccessToken"/> is empty. Token, app secret and verify token are secrets: environment only.
/// </summary>
public sealed class WhatsAppOptions
{
    public const string SectionName = "WhatsApp";

    /// <summary>System-user access token of the Meta app, sent as Bearer token.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The Meta app secret: key of the <c>X-Hub-Signature-256</c> HMAC over each webhook body.</summary>
    public string? AppSecret { get; set; }

    /// <summary>Chosen by us and entered in the Meta app; echoed in the GET verification handshake.</summary>
    public string? VerifyToken { get; set; }

    /// <summary>The business phone number's id (not the number): messages are sent from it.</summary>
    public string? PhoneNumberId { get; set; }

    /// <summary>Graph API address including the version; tests point it at a loopback fake.</summary>
    public string ApiBaseUrl { get; set; } = "https://graph.facebook.com/v21.0";

    /// <summary>Where Meta calls our host (GET handshake and POST notifications).</summary>
    public string WebhookPath { get; set; } = "/api/whatsapp";

    public OutgoingRetryOptions Retry { get; set; } = new();

    public bool IsConfigured => !string.IsNullOrWhiteSpace(AccessToken);

    /// <summary>The settings a configured channel still lacks, by configuration key.</summary>
    public IReadOnlyList<string> MissingSettings()
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(AppSecret))
        {
            missing.Add("WhatsApp:AppSecret");
        }

        if (string.IsNullOrWhiteSpace(VerifyToken))
        {
            missing.Add("WhatsApp:VerifyToken");
        }

        if (string.IsNullOrWhiteSpace(PhoneNumberId))
        {
            missing.Add("WhatsApp:PhoneNumberId");
        }

        return missing;
    }
}
