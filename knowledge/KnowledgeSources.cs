namespace TrierBot.Knowledge;

/// <summary>The <c>source</c> values of knowledge-import.md: one program database each.</summary>
public static class KnowledgeSources
{
    public const string Retribus = "retribus";
    public const string Apag = "apag";
    public const string Mint = "mint";
    public const string Kurse = "kurse";
    public const string Beratung = "beratung";
    public const string Faq = "faq";
    public const string Till = "till";

    /// <summary>The sources whose records are offers a user can be recommended.</summary>
    public static readonly IReadOnlyList<string> OfferSources = [Retribus, Apag, Mint, Kurse];

    /// <summary>Everything a person can be pointed to: offers, counselling offices and FAQ answers (not the statistics).</summary>
    public static readonly IReadOnlyList<string> Answers = [Retribus, Apag, Mint, Kurse, Beratung, Faq];

    public static readonly IReadOnlyList<string> All = [Retribus, Apag, Mint, Kurse, Beratung, Faq, Till];
}
