using TrierBot.Knowledge.Model;

namespace TrierBot.Knowledge;

public sealed partial class KnowledgeStore
{
    /// <summary>A preferred category raises a hit's rank by this factor; it never lets an irrelevant hit through.</summary>
    private const double CategoryBoost = 1.3;

    /// <summary>Rank factor per earlier hit with the same title.</summary>
    private const double RepeatPenalty = 0.8;

    /// <summary>
    /// Ranked hits (knowledge-import.md, SearchQuery): with text, Lucene's BM25 score above the relevance threshold,
    /// preferred categories raising the rank; without text, the filters alone select, nearest start first.
    /// Ended offers never come back; <c>till</c> only when asked for by source.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(SearchQuery query) => SearchWithOutcome(query).Hits;

    /// <inheritdoc cref="IKnowledgeSearch.SearchWithOutcome"/>
    public SearchOutcome SearchWithOutcome(SearchQuery query) => Search(query, _options.MinScore, _options.RelativeCutoff);

    /// <summary>The search with a given relevance threshold (the evaluation's threshold curve varies it).</summary>
    internal SearchOutcome Search(SearchQuery query, double minScore, double relativeCutoff)
    {
        ArgumentNullException.ThrowIfNull(query);
        var index = CurrentIndex();
        var now = query.Now ?? DateTime.Now;
        var filter = new RecordFilter(query, now);
        var top = Math.Max(query.Top, 0);
        var skip = Math.Max(query.Skip, 0);

        if (string.IsNullOrWhiteSpace(query.Text))
        {
            return new SearchOutcome(index.Records
                .Where(filter.Matches)
                .OrderByDescending(r => CategoryFactor(r, query))
                .ThenBy(r => r is Offer offer ? RecordFilter.NextOccurrence(offer, now) : now)
                .ThenBy(r => r.DisplayTitle, StringComparer.CurrentCulture)
                .Skip(skip).Take(top)
                .Select(r => new SearchHit(r, CategoryFactor(r, query)))
                .ToList(), GenericOnly: false);
        }

        if (index.BuildQuery(query.Text) is not { } textQuery) return new SearchOutcome([], GenericOnly: false);
        var hits = index.Find(textQuery, filter.Matches);
        if (hits.Count == 0) return new SearchOutcome([], GenericOnly: false);
        // The threshold looks at the text score alone, so that categories only reorder what is relevant anyway.
        var cutoff = Math.Max(minScore, hits[0].Score * relativeCutoff);
        var sameTitle = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        return new SearchOutcome(hits
            .Where(h => h.Score >= cutoff)
            .Select(h => new SearchHit(h.Record, Math.Round(h.Score * CategoryFactor(h.Record, query) * RepeatFactor(h.Record, sameTitle), 4)))
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Record is Offer offer ? RecordFilter.NextOccurrence(offer, now) : now)
            .ThenBy(h => h.Key, StringComparer.Ordinal)
            .Skip(skip).Take(top)
            .ToList(), GenericOnly: false);
    }

    /// <summary>
    /// The same course on several dates would fill the first places with one title: each repeat of a title
    /// (hits arrive best first) ranks a little lower, so the user also sees the next-best different offers.
    /// </summary>
    private static double RepeatFactor(KnowledgeRecord record, Dictionary<string, int> sameTitle)
    {
        var seen = sameTitle.GetValueOrDefault(record.DisplayTitle);
        sameTitle[record.DisplayTitle] = seen + 1;
        return Math.Pow(RepeatPenalty, seen);
    }

    private static double CategoryFactor(KnowledgeRecord record, SearchQuery query)
    {
        if (query.Categories.Count == 0) return 1.0;
        var categories = record switch
        {
            Offer offer => offer.Categories,
            CounsellingOffice office => office.Topics,
            _ => [],
        };
        return categories.Any(c => query.Categories.Contains(c, StringComparer.OrdinalIgnoreCase)) ? CategoryBoost : 1.0;
    }
}
