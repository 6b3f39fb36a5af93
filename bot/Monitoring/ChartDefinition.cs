namespace TrierBot.Monitoring;

/// <summary>One chart of <c>/monitoring</c>: what it breaks the counts down by and which count it draws.</summary>
/// <param name="Measure"><c>searches</c>, <c>unmet</c> or <c>handoffs</c>.</param>
/// <param name="Top">Only the largest values (bars), or null for all.</param>
public sealed record ChartDefinition(string Id, string Title, string Description, IReadOnlyList<string> By, string Measure, ChartKind Kind, int? Top = null)
{
    public const string Searches = "searches";
    public const string Unmet = "unmet";
    public const string Handoffs = "handoffs";

    /// <summary>The charts the issue asks for, in page order.</summary>
    public static readonly IReadOnlyList<ChartDefinition> All =
    [
        new("topics-by-month", "Suchen je Thema und Monat", "Wie viele geführte Suchen es je Monat gab, je Thema eine Reihe.", [DemandDimensions.Month, DemandDimensions.Topic], Searches, ChartKind.MonthlyBars),
        new("unmet-by-district", "Suchen ohne Angebot je Ortsbezirk", "Wie oft eine Suche in einem Ortsbezirk ohne passendes Angebot endete.", [DemandDimensions.District], Unmet, ChartKind.Bars),
        new("unmet-district-topic", "Ohne Angebot: Ortsbezirk × Thema", "Suchen ohne passendes Angebot, je Ortsbezirk und Thema; je dunkler, desto mehr.", [DemandDimensions.District, DemandDimensions.Topic], Unmet, ChartKind.HeatMap),
        new("unmet-age-topic", "Ohne Angebot: Altersgruppe × Thema", "Suchen ohne passendes Angebot, je Altersgruppe und Thema; je dunkler, desto mehr.", [DemandDimensions.AgeBand, DemandDimensions.Topic], Unmet, ChartKind.HeatMap),
        new("unmet-categories", "Häufigste Wünsche ohne Angebot: Bereiche", "Die Bereiche, für die am häufigsten nichts passte.", [DemandDimensions.Category], Unmet, ChartKind.Bars, 12),
        new("unmet-time-wishes", "Häufigste Wünsche ohne Angebot: Zeiten", "Die Wunschzeiten der Suchen ohne passendes Angebot.", [DemandDimensions.TimeWish], Unmet, ChartKind.Bars),
        new("handoffs-by-topic", "Nach einem Menschen gefragt, je Thema", "Wie oft in einer Suche eine Beraterin oder ein Berater gewünscht wurde.", [DemandDimensions.Topic], Handoffs, ChartKind.Bars),
        new("languages", "Sprachen", "Geführte Suchen je Sprache.", [DemandDimensions.Language], Searches, ChartKind.Bars),
        new("channels", "Kanäle", "Geführte Suchen je Kanal.", [DemandDimensions.Channel], Searches, ChartKind.Bars),
    ];

    public static ChartDefinition? Find(string? id) => All.FirstOrDefault(c => c.Id == id);

    /// <summary>The drawn count of <paramref name="cell"/>, and whether it is suppressed.</summary>
    public (int Value, bool Suppressed) ValueOf(DemandCell cell) => Measure switch
    {
        Unmet => (cell.Unmet, cell.UnmetSuppressed),
        Handoffs => (cell.Handoffs, cell.HandoffsSuppressed),
        _ => (cell.Searches, cell.SearchesSuppressed),
    };
}
