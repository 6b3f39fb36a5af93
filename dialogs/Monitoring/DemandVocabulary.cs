namespace TrierBot.Dialogs.Monitoring;

/// <summary>The fixed words a demand record may contain besides topics, districts and categories.</summary>
public static class DemandVocabulary
{
    public const string Unknown = "unknown";
    public const string Online = "online";

    public const string Holidays = "holidays";
    public const string Afternoons = "afternoons";
    public const string Evenings = "evenings";
    public const string Weekends = "weekends";

    /// <summary>The time wishes; a record without any has "none".</summary>
    public static readonly IReadOnlyList<string> TimeWishes = [Holidays, Afternoons, Evenings, Weekends];
}
