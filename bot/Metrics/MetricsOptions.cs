namespace TrierBot.Metrics;

/// <summary>Who may read <c>/metrics</c> (section <c>Metrics</c>, docs/deployment.md).</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>Networks (CIDR, e.g. the monitoring network <c>10.20.0.0/24</c>) whose scrapers may read <c>/metrics</c>, besides loopback.</summary>
    public List<string> AllowedNetworks { get; set; } = [];
}
