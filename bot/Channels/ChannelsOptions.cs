namespace TrierBot.Channels;

/// <summary>Settings shared by the self-hosted messenger adapters (section <c>Channels</c>).</summary>
public sealed class ChannelsOptions
{
    public const string SectionName = "Channels";

    /// <summary>
    /// LiteDB file for webhook dedupe, button ids and numbered choices. Relative paths are resolved against the
    /// content root. Its own file because LiteDB wants one <c>LiteDatabase</c> per file and process.
    /// </summary>
    public string DatabasePath { get; set; } = "data/channels.db";

    /// <summary>
    /// How long a webhook delivery id is remembered. WhatsApp redelivers unacknowledged webhooks for up to
    /// seven days, Telegram keeps updates for 24 hours: seven days covers both.
    /// </summary>
    public TimeSpan DedupeWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a stored button stays clickable; a click on an older one is answered as expired.</summary>
    public TimeSpan ButtonLifetime { get; set; } = TimeSpan.FromDays(30);
}
