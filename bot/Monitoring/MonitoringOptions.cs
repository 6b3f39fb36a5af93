namespace TrierBot.Monitoring;

/// <summary>The <c>Monitoring</c> section: where the anonymous demand counts live and how small a cell may be shown.</summary>
public sealed class MonitoringOptions
{
    public const string SectionName = "Monitoring";

    /// <summary>The least cell size that may ever be configured: smaller cells could single out a person.</summary>
    public const int LeastMinCell = 3;

    /// <summary>The LiteDB file of the demand counts (relative: under the working directory).</summary>
    public string DatabasePath { get; set; } = "data/monitoring.db";

    /// <summary>Cells with fewer searches are shown as "&lt; n" and left out of downloads; never below <see cref="LeastMinCell"/>.</summary>
    public int MinCell { get; set; } = 5;

    /// <summary>The group (in the identity provider's teams claim) that may see the monitoring page when logins come through OIDC.</summary>
    public string OidcGroup { get; set; } = "Bildungsmonitoring";

    /// <summary><see cref="MinCell"/>, raised to <see cref="LeastMinCell"/> when configured lower.</summary>
    public int EffectiveMinCell => Math.Max(LeastMinCell, MinCell);
}
