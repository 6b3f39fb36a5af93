namespace TrierBot.DirectLine;

/// <summary>Settings of the built-in Direct Line 3.0 endpoint, bound from the configuration section "DirectLine".</summary>
public class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// When set, tokens/generate and POST /conversations require <c>Authorization: Bearer &lt;secret&gt;</c>, as Azure does.
    /// Empty (the default) is "embedded mode": anyone on the website may start a chat. Only from the environment.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Base64 HMAC key for tokens. Empty: a key is generated once and kept in the Direct Line database.</summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>Azure's tokens live an hour too; Web Chat refreshes them every 15 minutes.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    public string DatabasePath { get; set; } = "data/directline.db";

    /// <summary>Origins of websites that embed the chat from another host (CORS). Same-origin needs nothing here.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Azure's Direct Line reports "directline" too, so bots behave the same on either service.</summary>
    public string ChannelId { get; set; } = "directline";

    public string BotId { get; set; } = "trierbot";

    public string BotName { get; set; } = "TrierBot";

    /// <summary>Largest JSON activity a client may post; a chat message is far below this.</summary>
    public int MaxActivityBytes { get; set; } = 32 * 1024;

    /// <summary>Largest multipart upload (activity plus files).</summary>
    public int MaxUploadBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Requests per token and window; polling mode alone costs one request a second.</summary>
    public int PermitsPerToken { get; set; } = 120;

    /// <summary>Requests per client IP and window; generous because a whole school shares one address.</summary>
    public int PermitsPerIp { get; set; } = 1200;

    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Conversations untouched for this long are deleted with their messages and files (see the privacy note on the page).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);
}
