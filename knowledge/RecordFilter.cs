using TrierBot.Knowledge.Model;

namespace TrierBot.Knowledge;

/// <summary>The filters of a <see cref="SearchQuery"/> as one predicate; a filter a record kind has no field for does not apply to it.</summary>
internal sealed class RecordFilter
{
    private readonly SearchQuery _query;
    private readonly HashSet<string> _sources;
    private readonly DateTime _now;

    public RecordFilter(SearchQuery query, DateTime now)
    {
        _query = query;
        _now = now;
        // "till" is statistics, never an offer: only an explicit source request returns it.
        _sources = query.Sources.Count == 0
            ? new HashSet<string>(KnowledgeSources.OfferSources, StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(query.Sources, StringComparer.OrdinalIgnoreCase);
    }

    public bool Matches(KnowledgeRecord record)
    {
        if (!_sources.Contains(record.Source)) return false;
        return record switch
        {
            Offer offer => MatchesOffer(offer),
            CounsellingOffice office => MatchesDistrict(office.District) && (!_query.FreeOnly || office.Free == true),
            Indicator indicator => MatchesDistrict(indicator.District),
            _ => true,
        };
    }

    /// <summary>An offer has ended when its end lies before now; a date without time means the whole day.</summary>
    public static bool HasEnded(Offer offer, DateTime now) =>
        offer.End is { } end && (end.TimeOfDay == TimeSpan.Zero ? end.Date.AddDays(1) <= now : end < now);

    /// <summary>When an offer next happens: a running or undated one counts as "now".</summary>
    public static DateTime NextOccurrence(Offer offer, DateTime now) =>
        offer.Start is { } start && start > now ? start : now;

    private bool MatchesOffer(Offer offer)
    {
        if (HasEnded(offer, _now)) return false;
        if (_query.Age is { } age && (age < (offer.AgeMin ?? int.MinValue) || age > (offer.AgeMax ?? int.MaxValue))) return false;
        if (!MatchesDistrict(offer.District)) return false;
        if (_query.From is { } from && offer.End is { } end && EndOfDay(end) < from) return false;
        if (_query.To is { } to && offer.Start is { } start && start > EndOfDay(to)) return false;
        if (_query.FreeOnly && offer.Cost != 0) return false;
        if (_query.OnlineOnly && offer.Online != true) return false;
        if (_query.SimpleLanguageOnly && offer.SimpleLanguage != true) return false;
        if (_query.AccessibleOnly && offer.Accessible != true) return false;
        return true;
    }

    private bool MatchesDistrict(string? district) =>
        string.IsNullOrWhiteSpace(_query.District)
        || string.Equals(district?.Trim(), _query.District.Trim(), StringComparison.OrdinalIgnoreCase);

    private static DateTime EndOfDay(DateTime value) => value.TimeOfDay == TimeSpan.Zero ? value.Date.AddDays(1).AddTicks(-1) : value;
}
