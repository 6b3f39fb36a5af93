using TrierBot.Dialogs.Monitoring;
using TrierBot.Knowledge;
using TrierBot.Understanding;

namespace TrierBot.Monitoring;

/// <summary>German labels for the values of the demand counts, as the page and its tables show them.</summary>
public static class MonitoringLabels
{
    public static readonly IReadOnlyDictionary<string, string> Topics = new Dictionary<string, string>
    {
        [IntentNames.CareerOrientation] = "Ausbildung & Studium",
        [IntentNames.Literacy] = "Lesen, Schreiben, Rechnen",
        [IntentNames.Mint] = "MINT",
        [IntentNames.Counselling] = "Bildungsberatung",
        [IntentNames.CourseSearch] = "Kurse",
        [DemandVocabulary.Unknown] = "ohne Thema",
    };

    /// <summary>The districts in the city's order, then online and unknown.</summary>
    public static readonly IReadOnlyList<string> DistrictValues = [.. Districts.All, DemandVocabulary.Online, DemandVocabulary.Unknown];

    public static string Label(string dimension, string value) => dimension switch
    {
        DemandDimensions.Topic => Topics.GetValueOrDefault(value, value),
        DemandDimensions.TimeWish => value switch
        {
            DemandVocabulary.Holidays => "in den Ferien",
            DemandVocabulary.Afternoons => "nachmittags",
            DemandVocabulary.Evenings => "abends",
            DemandVocabulary.Weekends => "am Wochenende",
            _ => "ohne Zeitwunsch",
        },
        DemandDimensions.Language => value switch { "de" => "Deutsch", "en" => "Englisch", _ => value },
        DemandDimensions.AgeBand => value == DemandVocabulary.Unknown ? "Alter unbekannt" : value + " Jahre",
        DemandDimensions.Category when value == DemandVocabulary.Unknown => "kein Bereich genannt",
        _ => value switch
        {
            DemandVocabulary.Unknown => "unbekannt",
            DemandVocabulary.Online => "online",
            "directline" => "Website-Chat",
            _ => value,
        },
    };

    /// <summary>A label short enough for a heat map's column head.</summary>
    public static string ShortLabel(string dimension, string value) => dimension == DemandDimensions.Topic
        ? value switch
        {
            IntentNames.CareerOrientation => "Ausbildung",
            IntentNames.Literacy => "Grundbildung",
            IntentNames.Counselling => "Beratung",
            _ => Label(dimension, value),
        }
        : Label(dimension, value);

    public static string DimensionTitle(string dimension) => dimension switch
    {
        DemandDimensions.Month => "Monat",
        DemandDimensions.Topic => "Thema",
        DemandDimensions.District => "Ortsbezirk",
        DemandDimensions.AgeBand => "Altersgruppe",
        DemandDimensions.TimeWish => "Wunschzeit",
        DemandDimensions.Category => "Bereich",
        DemandDimensions.Language => "Sprache",
        DemandDimensions.Channel => "Kanal",
        _ => dimension,
    };

    public static string MeasureTitle(string measure) => measure switch
    {
        ChartDefinition.Unmet => "ohne Angebot",
        ChartDefinition.Handoffs => "Mensch gewünscht",
        _ => "Suchen",
    };

    /// <summary>The order of a dimension's values on the page: the city's district order, age bands ascending, else by name.</summary>
    public static int Order(string dimension, string value) => dimension switch
    {
        DemandDimensions.District => IndexOr(DistrictValues, value),
        DemandDimensions.AgeBand => IndexOr(AgeBands.All, value),
        DemandDimensions.Topic => IndexOr([.. Topics.Keys], value),
        _ => 0,
    };

    private static int IndexOr(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == value) return i;
        return list.Count;
    }
}
