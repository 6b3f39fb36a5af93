namespace TrierBot.Dialogs.Monitoring;

/// <summary>The age bands of the demand records: an exact age is never stored.</summary>
public static class AgeBands
{
    public static readonly IReadOnlyList<string> All = ["0-5", "6-9", "10-13", "14-17", "18-24", "25-44", "45+", DemandVocabulary.Unknown];

    public static string Of(int? age) => age switch
    {
        null or < 0 => DemandVocabulary.Unknown,
        < 6 => "0-5",
        < 10 => "6-9",
        < 14 => "10-13",
        < 18 => "14-17",
        < 25 => "18-24",
        < 45 => "25-44",
        _ => "45+",
    };
}
