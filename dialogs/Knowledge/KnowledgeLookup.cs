using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Bot.Builder;
using TrierBot.Knowledge;
using TrierBot.Knowledge.Model;
using TrierBot.Understanding;

namespace TrierBot.Dialogs.Knowledge;

/// <summary>
/// Every knowledge lookup of the dialogs goes through here, so each one emits its search trace and
/// "nothing fits" is widened the same way everywhere. One instance for the process; it keeps only the office answers (see FindOfficeAsync).
/// </summary>
public sealed class KnowledgeLookup(IKnowledgeSearch search, TimeProvider timeProvider)
{
    /// <summary>How far an offer's age range may miss the user's age when the search is widened.</summary>
    public const int NearbyAgeYears = 2;

    private const int MaxKeptOfficeAnswers = 1_000;

    // Keyed by the data version object: when an import replaces it, its answers go with it.
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<(string, DateTime), IReadOnlyList<SearchHit>>> _officeAnswers = new();

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(ITurnContext turnContext, SearchQuery query, CancellationToken cancellationToken)
    {
        // a flood of words is read up to the limit (Lucene allows 1,024 clauses, and more words find nothing better)
        var pinned = query with { Text = MessageLimits.ForSearch(query.Text ?? ""), Now = query.Now ?? timeProvider.GetLocalNow().DateTime };
        var hits = search.Search(pinned);
        await BotTraces.SendSearchTraceAsync(turnContext, pinned, hits, cancellationToken);
        return hits;
    }

    /// <summary>Searches; when nothing fits, widens once: nearby ages, any district, later dates.</summary>
    public async Task<OfferSearchResult> SearchOffersAsync(ITurnContext turnContext, SearchQuery query, CancellationToken cancellationToken)
    {
        var hits = await SearchAsync(turnContext, query, cancellationToken);
        if (hits.Count > 0 || query.Skip > 0)
        {
            return new OfferSearchResult(hits, Widened: false, query);
        }

        var widened = query with { Age = null, District = null, To = null, Top = query.Top * 4 };
        var wideHits = await SearchAsync(turnContext, widened, cancellationToken);
        var nearby = wideHits.Where(h => FitsNearbyAge(h.Record, query.Age)).Take(query.Top).ToList();
        return new OfferSearchResult(nearby, Widened: true, widened with { Top = query.Top });
    }

    /// <summary>
    /// Whether the data of <paramref name="sources"/> knows the person's own words: some record matches them, or they
    /// hold only generic words ("braucht", "suche") that say nothing either way.
    /// </summary>
    public async Task<bool> KnowsWordsAsync(ITurnContext turnContext, string words, IReadOnlyList<string> sources, CancellationToken cancellationToken)
    {
        var query = new SearchQuery { Text = MessageLimits.ForSearch(words), Sources = sources, Top = 1, Now = timeProvider.GetLocalNow().DateTime };
        var outcome = search.SearchWithOutcome(query);
        await BotTraces.SendSearchTraceAsync(turnContext, query, outcome.Hits, cancellationToken);
        return outcome.Hits.Count > 0 || outcome.GenericOnly;
    }

    /// <summary>The counselling office that fits <paramref name="topicWords"/> best, or null.</summary>
    /// <remarks>
    /// Topics ask with a handful of fixed phrases, and the answer was the costliest search of a turn that shows offers
    /// (the <c>turns</c> benchmark under a profiler): it is kept per data version (a new import starts afresh) and day
    /// (the search's "now"; offices do not end, but the key keeps the promise anyway). The trace is still sent.
    /// </remarks>
    public async Task<CounsellingOffice?> FindOfficeAsync(ITurnContext turnContext, string topicWords, CancellationToken cancellationToken)
    {
        var query = new SearchQuery { Text = MessageLimits.ForSearch(topicWords ?? ""), Sources = [KnowledgeSources.Beratung], Top = 1, Now = timeProvider.GetLocalNow().DateTime };
        IReadOnlyList<SearchHit> hits;
        if (search.DataVersion is { } version)
        {
            var kept = _officeAnswers.GetValue(version, _ => new ConcurrentDictionary<(string, DateTime), IReadOnlyList<SearchHit>>());
            var key = (query.Text, query.Now!.Value.Date);
            if (!kept.TryGetValue(key, out hits!))
            {
                hits = search.Search(query);
                // Bounded: the phrases come from the topics, but a topic might one day pass the user's words.
                if (kept.Count < MaxKeptOfficeAnswers) kept[key] = hits;
            }
        }
        else
        {
            hits = search.Search(query);
        }

        await BotTraces.SendSearchTraceAsync(turnContext, query, hits, cancellationToken);
        return hits.Select(h => h.Record).OfType<CounsellingOffice>().FirstOrDefault();
    }


    /// <summary>The FAQ entry that answers <paramref name="question"/>, or null.</summary>
    public async Task<FaqEntry?> FindFaqAsync(ITurnContext turnContext, string question, CancellationToken cancellationToken)
    {
        var hits = await SearchAsync(turnContext, new SearchQuery { Text = question, Sources = [KnowledgeSources.Faq], Top = 1 }, cancellationToken);
        return hits.Select(h => h.Record).OfType<FaqEntry>().FirstOrDefault();
    }

    /// <summary>A record by its "&lt;source&gt;:&lt;id&gt;" key (a card's Details button).</summary>
    public KnowledgeRecord? Find(string key) => search.Find(key);

    private static bool FitsNearbyAge(KnowledgeRecord record, int? age)
    {
        if (age is not { } a || record is not Offer offer)
        {
            return true;
        }

        // two years are near for a teenager, not for a 4-year-old: an offer from 6 is no fit then
        var near = a < 10 ? 1 : NearbyAgeYears;
        return (offer.AgeMin is null || a >= offer.AgeMin - near)
               && (offer.AgeMax is null || a <= offer.AgeMax + near);
    }
}
