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
            var listed = new List<RankedDocument>();
            for (var document = 0; document < index.Count; document++)
            {
                ref readonly var facts = ref index.Facts(document);
                if (filter.Matches(facts)) listed.Add(new RankedDocument(document, CategoryFactor(facts, query), RecordFilter.NextOccurrence(facts, now)));
            }
            var byTitle = StringComparer.CurrentCulture;
            return new SearchOutcome(OneHitPerSeries(index, listed, skip + top, (a, b) =>
                byTitle.Compare(index.Facts(a.Document).DisplayTitle, index.Facts(b.Document).DisplayTitle) is var order and not 0 ? order
                    : string.CompareOrdinal(index.Facts(a.Document).Key, index.Facts(b.Document).Key))
                .Skip(skip).Take(top).ToList(), GenericOnly: false);
        }

        var interpreted = _analysis.Interpreter.Interpret(query.Text);
        var text = index.BuildQuery(interpreted, _analysis.Lexicon);
        if (text.Query is null) return new SearchOutcome([], text.GenericOnly);
        // The threshold looks at the text alone, so that categories only reorder what is relevant anyway: a hit must
        // cover enough of what was asked, and score near enough to the best.
        var hits = index.Find(text.Query, filter);
        var coverage = minCoverage > 0 ? index.Coverage(text, hits.Select(h => h.Document)) : null;
        hits = hits.Where(h => coverage is null || coverage[h.Document] >= minCoverage - 1e-9).ToList();
        if (hits.Count == 0) return new SearchOutcome([], GenericOnly: false);
        var best = 0f;
        foreach (var (_, score) in hits) best = Math.Max(best, score);
        var cutoff = Math.Max(minScore, best * relativeCutoff);
        var ranked = new List<RankedDocument>(hits.Count);
        foreach (var (document, score) in hits)
        {
            if (score < cutoff) continue;
            ref readonly var facts = ref index.Facts(document);
            ranked.Add(new RankedDocument(document, Math.Round(score * CategoryFactor(facts, query) * QuestionFactor(facts, interpreted), 4), RecordFilter.NextOccurrence(facts, now)));
        }
        return new SearchOutcome(OneHitPerSeries(index, ranked, skip + top, (a, b) =>
            string.CompareOrdinal(index.Facts(a.Document).Key, index.Facts(b.Document).Key)).Skip(skip).Take(top).ToList(), GenericOnly: false);
    }

    /// <summary>
    /// The first <paramref name="wanted"/> results, best first (score, then next date, then <paramref name="tieBreak"/>),
    /// where offers with the same title and provider are one series on several dates or places: the best-ranked date
    /// stands for it, the others travel along as <see cref="SearchHit.OtherDates"/>, nearest first. Only the documents
    /// that are returned are read as records; the ranking itself runs on the index's facts, over the best few hits
    /// first and over more only when series swallow them.
    /// </summary>
    private static List<SearchHit> OneHitPerSeries(SearchIndex index, List<RankedDocument> ranked, int wanted, Comparison<RankedDocument> tieBreak)
    {
        if (wanted <= 0 || ranked.Count == 0) return [];
        Comparison<RankedDocument> order = (a, b) =>
            b.Score.CompareTo(a.Score) is var byScore and not 0 ? byScore
            : a.Next.CompareTo(b.Next) is var byDate and not 0 ? byDate
            : tieBreak(a, b);
        var leaders = new List<RankedDocument>();
        var chosen = new List<int>(); // the leaders' series
        for (var candidates = Math.Max(wanted * 4, 16); ; candidates *= 4)
        {
            leaders.Clear();
            chosen.Clear();
            var best = Best(ranked, candidates, order);
            foreach (var hit in best)
            {
                var series = index.Series(hit.Document);
                if (chosen.Contains(series)) continue;
                leaders.Add(hit);
                chosen.Add(series);
                if (leaders.Count == wanted) break;
            }
            if (leaders.Count == wanted || best.Count == ranked.Count) break;
        }
        var others = leaders.Select(_ => new List<RankedDocument>()).ToList();
        foreach (var hit in ranked)
        {
            var leader = chosen.IndexOf(index.Series(hit.Document));
            if (leader >= 0 && hit.Document != leaders[leader].Document) others[leader].Add(hit);
        }
        return leaders.Select((leader, i) =>
        {
            var hit = new SearchHit(index.Record(leader.Document), leader.Score);
            if (others[i].Count == 0) return hit;
            return hit with
            {
                OtherDates = others[i]
                    .OrderBy(o => o.Next)
                    .ThenBy(o => index.Facts(o.Document).Key, StringComparer.Ordinal)
                    .Select(o => index.Record(o.Document))
                    .ToList(),
            };
        }).ToList();
    }

    /// <summary>The <paramref name="count"/> best of <paramref name="ranked"/> in order, without sorting all of them.</summary>
    private static List<RankedDocument> Best(List<RankedDocument> ranked, int count, Comparison<RankedDocument> order)
    {
        if (ranked.Count <= count)
        {
            var all = new List<RankedDocument>(ranked);
            all.Sort(order);
            return all;
        }
        var best = new List<RankedDocument>(count + 1);
        var comparer = Comparer<RankedDocument>.Create(order);
        foreach (var hit in ranked)
        {
            if (best.Count == count && order(hit, best[^1]) >= 0) continue;
            var at = best.BinarySearch(hit, comparer);
            best.Insert(at < 0 ? ~at : at, hit);
            if (best.Count > count) best.RemoveAt(best.Count - 1);
        }
        return best;
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

    private static double QuestionFactor(in RecordFacts record, InterpretedQuery interpreted) =>
        interpreted.Question && record.Kind == RecordKind.FaqEntry ? QuestionFaqBoost : 1.0;

    private static double CategoryFactor(in RecordFacts record, SearchQuery query)
    {
        if (query.Categories.Count == 0) return 1.0;
        foreach (var category in record.Categories)
        {
            foreach (var wanted in query.Categories)
            {
                if (string.Equals(category, wanted, StringComparison.OrdinalIgnoreCase)) return CategoryBoost;
            }
        }
        return 1.0;
    }
}
