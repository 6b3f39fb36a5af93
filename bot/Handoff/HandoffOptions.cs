namespace TrierBot.Handoff;

/// <summary>Counsellor hand-off settings (section <c>Handoff</c>); safe defaults here, overrides in appsettings.json.</summary>
public sealed class HandoffOptions
{
    public const string SectionName = "Handoff";

    /// <summary>LiteDB file for the queue, transcripts, callback requests and counsellor accounts.</summary>
    public string DatabasePath { get; set; } = "data/handoff.db";

    /// <summary>When counsellors are in the office (Europe/Berlin).</summary>
    public OfficeHoursOptions OfficeHours { get; set; } = new();

    /// <summary>How long a user waits in the queue before we say honestly that nobody is free.</summary>
    public TimeSpan AcceptTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A waiting case whose person has not been seen this long (chat page closed, no message) is closed as
    /// "abgebrochen" and leaves the queue. Only for channels that can tell presence (the chat page); messenger users
    /// get their message whenever they look.
    /// </summary>
    public TimeSpan AbandonAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the timeout and abandonment checks run.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Transcripts, cases and callback requests are deleted this many days after their last change (fractions allowed).</summary>
    public double RetentionDays { get; set; } = 30;

    /// <summary>The office's contacts as the user is told them (fictional demo values by default).</summary>
    public string ContactText { get; set; } = "Bildungsbüro Trier (Demo): Telefon 0651 9990-1000, E-Mail bildungsbuero@example.org";

    /// <summary>Optional OpenID Connect login for the console (the city's identity provider).</summary>
    public OidcOptions Oidc { get; set; } = new();

    /// <summary>Throttling of the console's own login (not used with <see cref="Oidc"/>).</summary>
    public CounsellorLoginOptions Login { get; set; } = new();
}
