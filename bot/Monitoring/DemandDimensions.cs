using TrierBot.Dialogs.Monitoring;

namespace TrierBot.Monitoring;

/// <summary>What the counts can be broken down by (<c>--by</c>, the page's tables). Time wishes and categories are lists: a search counts once under each of its values.</summary>
public static class DemandDimensions
{
    public const string Month = "month";
    public const string Topic = "topic";
    public const string District = "district";
    public const string AgeBand = "ageBand";
    public const string TimeWish = "timeWish";
    public const string Category = "category";
    public const string Language = "language";
    public const string Channel = "channel";

    public const string NoTimeWish = "none";

    public static readonly IReadOnlyList<string> All = [Month, Topic, District, AgeBand, TimeWish, Category, Language, Channel];

    /// <summary>The canonical name of a dimension (case-insensitive), or null.</summary>
    public static string? Normalize(string? name) => All.FirstOrDefault(d => string.Equals(d, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyList<string> ValuesOf(DemandRecord record, string dimension) => dimension switch
    {
        Month => [record.Month],
        Topic => [record.Topic],
        District => [record.District],
        AgeBand => [record.AgeBand],
        TimeWish => record.TimeWishes.Count == 0 ? [NoTimeWish] : record.TimeWishes,
        Category => record.Categories.Count == 0 ? [DemandVocabulary.Unknown] : record.Categories,
        Language => [record.Language],
        Channel => [record.Channel],
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
    };
}
