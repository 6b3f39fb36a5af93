namespace TrierBot.Handoff;

/// <summary>OpenID Connect for the console; off while <see cref="Authority"/> is empty. The secret comes from the environment only.</summary>
public sealed class OidcOptions
{
    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>The claim listing the counsellor's teams (one claim per team, values as in <see cref="HandoffTeams"/>).</summary>
    public string TeamsClaim { get; set; } = "groups";
}
