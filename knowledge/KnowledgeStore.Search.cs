using TrierBot.Knowledge.Model;
using TrierBot.Knowledge.Search;

namespace TrierBot.Knowledge;

public sealed partial class KnowledgeStore
{
    /// <summary>A preferred category raises a hit's rank by this factor; it never lets an irrelevant hit through.</summary>
    private const double CategoryBoost = 1.3;

    /// <summary>A question ("wer bezahlt …?") is answered first by an FAQ entry that fits it as well as an offer does.</summary>
    private const double QuestionFaqBoost = 1.3;

    /// <summary>
    /// Ranked hits (knowledge-import.md, SearchQuery): with text, the query's content words must match (generic words
    /// alone never do), ranked by how many of them a record covers and Lucene's BM25, above the relevance threshold;
    /// preferred categories raise the rank; one offer on several dates is one hit. Without text, the filters alone
    /// select, nearest start first. Ended offers never come back; <c>till</c> only when asked for by source.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(SearchQuery query) => SearchWithOutcome(query).Hits;

    /// <inheritdoc cref="IKnowledgeSearch.SearchWithOutcome"/>
    public SearchOutcome SearchWithOutcome(SearchQuery query) => Search(query, _options.MinScore, _options.RelativeCutoff, _options.MinCoverage);

    /// <summary>The search with a given relevance threshold (the evaluation's threshold curve varies it).</summary>
    internal SearchOutcome Search(SearchQuery query, double minScore, double relativeCutoff, double minCoverage)
    {
        ArgumentNullException.ThrowIfNull(query);
        var index = CurrentIndex();
        var now = query.Now ?? DateTime.Now;
        var filter = new RecordFilter(query, now);
        var top = Math.Max(query.Top, 0);
        var skip = Math.Max(query.Skip, 0);

        if (string.IsNullOrWhiteSpace(query.Text))
        {
            var listed = index.Records
                .Where(filter.Matches)
                .OrderByDescending(r => CategoryFactor(r, query))
                .ThenBy(r => r is Offer offer ? RecordFilter.NextOccurrence(offer, now) : now)
                .ThenBy(r => r.DisplayTitle, StringComparer.CurrentCulture)
                .Select(r => new SearchHit(r, CategoryFactor(r, query)));
            return new SearchOutcome(OneHitPerSeries(listed, now).Skip(skip).Take(top).ToList(), GenericOnly: false);
        }

        var interpreted = _analysis.Interpreter.Interpret(query.Text);
        var text = index.BuildQuery(interpreted, _analysis.Lexicon);
        if (text.Query is null) return new SearchOutcome([], text.GenericOnly);
        // The threshold looks at the text alone, so that categories only reorder what is relevant anyway: a hit must
        // cover enough of what was asked, and score near enough to the best.
        var hits = index.Find(text.Query, filter.Matches);
        var coverage = minCoverage > 0 ? index.Coverage(text, hits.Select(h => h.Document)) : null;
        hits = hits.Where(h => coverage is null || coverage[h.Document] >= minCoverage - 1e-9).ToList();
        if (hits.Count == 0) return new SearchOutcome([], GenericOnly: false);
        var cutoff = Math.Max(minScore, hits[0].Score * relativeCutoff);
        var ranked = hits
            .Where(h => h.Score >= cutoff)
            .Select(h => new SearchHit(h.Record, Math.Round(h.Score * CategoryFactor(h.Record, query) * QuestionFactor(h.Record, interpreted), 4)))
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Record is Offer offer ? RecordFilter.NextOccurrence(offer, now) : now)
            .ThenBy(h => h.Key, StringComparer.Ordinal);
        return new SearchOutcome(OneHitPerSeries(ranked, now).Skip(skip).Take(top).ToList(), GenericOnly: false);
    }

    /// <summary>
    /// Offers with the same title and provider are one series on several dates or places: the best-ranked date
    /// stands for it, the others travel along as <see cref="SearchHit.OtherDates"/>, nearest first.
    /// </summary>
    private static IEnumerable<SearchHit> OneHitPerSeries(IEnumerable<SearchHit> ranked, DateTime now)
    {
        var series = new Dictionary<(string, string), (SearchHit First, List<KnowledgeRecord> Others)>();
        var order = new List<(string, string)>();
        foreach (var hit in ranked)
        {
            var key = hit.Record is Offer offer
                ? (offer.Title.Trim().ToLowerInvariant(), offer.Provider.Trim().ToLowerInvariant())
                : (hit.Key, "");
            if (series.TryGetValue(key, out var existing))
            {
                existing.Others.Add(hit.Record);
                continue;
            }
            series[key] = (hit, []);
            order.Add(key);
        }
        foreach (var key in order)
        {
            var (first, others) = series[key];
            yield return others.Count == 0 ? first : first with
            {
                OtherDates = others.OrderBy(r => r is Offer o ? RecordFilter.NextOccurrence(o, now) : now).ThenBy(r => r.Key, StringComparer.Ordinal).ToList(),
            };
        }
    }

    /// <summary>
    /// How a text is read (search-eval --misses): its content words — an understood job title or question in brackets,
    /// a word found only as a typo marked "~", one nothing in the store matches "✗" — and its generic words.
    /// </summary>
    internal string Explain(string text)
    {
        var interpreted = _analysis.Interpreter.Interpret(text);
        var query = CurrentIndex().BuildQuery(interpreted, _analysis.Lexicon);
        var content = query.ContentWords.Select((w, i) => i < query.ContentClauses.Count && query.ContentClauses[i] is null ? w + "✗" : w);
        return $"Inhalt: {string.Join(" ", content)} · allgemein: {string.Join(" ", query.GenericWords)}" +
            (interpreted.English ? " · englisch" : "") + (interpreted.Question ? " · Frage" : "");
    }

    private static double QuestionFactor(KnowledgeRecord record, InterpretedQuery interpreted) =>
        interpreted.Question && record is FaqEntry ? QuestionFaqBoost : 1.0;

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
