namespace TrierBot.Understanding;

/// <summary>The entities of bot-contract.md §2 plus the topic words.</summary>
/// <param name="Age">Age of the person the offer is for ("meine tochter ist 12" → 12).</param>
/// <param name="District">Canonical Ortsbezirk names (TrierBot.Knowledge.Districts).</param>
/// <param name="Date">Dates and ranges, resolved against the recognition's reference time.</param>
/// <param name="Topic">Store categories (TrierBot.Knowledge.Categories) the message names.</param>
public sealed record UtteranceEntities(
    IReadOnlyList<int> Age,
    IReadOnlyList<string> District,
    IReadOnlyList<DateSpan> Date,
    IReadOnlyList<string> Topic)
{
    public static readonly UtteranceEntities Empty = new([], [], [], []);

    /// <summary>
    /// School class levels the message names ("10. klasse", "klasse 9", "in der 10" → 10, 9, 10): a hint
    /// for the career dialog where no age is given. Added after the contract; empty when none.
    /// </summary>
    public IReadOnlyList<int> SchoolClass { get; init; } = [];
}
