using TrierBot.Knowledge.Model;
using TrierBot.Knowledge.Search;

namespace TrierBot.Knowledge;

/// <summary>The filters of a <see cref="SearchQuery"/> as one predicate; a filter a record kind has no field for does not apply to it.</summary>
internal sealed class RecordFilter
{
    private readonly SearchQuery _query;
    private readonly HashSet<string> _sources;
    private readonly DateTime _now;
    private readonly string? _district;
    /// <summary>The last source looked up and whether it is wanted: the index's facts share one string per source.</summary>
    private string? _lastSource;
    private bool _lastSourceWanted;

    public RecordFilter(SearchQuery query, DateTime now)
    {
        _query = query;
        _now = now;
        _district = string.IsNullOrWhiteSpace(query.District) ? null : query.District.Trim();
        // "till" is statistics, never an offer: only an explicit source request returns it.
        _sources = query.Sources.Count == 0
            ? new HashSet<string>(KnowledgeSources.OfferSources, StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(query.Sources, StringComparer.OrdinalIgnoreCase);
    }

    public bool Matches(KnowledgeRecord record) => Matches(RecordFacts.Of(record));

    /// <summary>The same rule on a search document's facts: the index filters without loading records.</summary>
    public bool Matches(in RecordFacts record)
    {
        if (!ReferenceEquals(record.Source, _lastSource))
        {
            _lastSource = record.Source;
            _lastSourceWanted = _sources.Contains(record.Source);
        }
        if (!_lastSourceWanted) return false;
        return record.Kind switch
        {
            RecordKind.Offer => MatchesOffer(record),
            RecordKind.CounsellingOffice => MatchesDistrict(record.District) && (!_query.FreeOnly || record.Free),
            RecordKind.Indicator => MatchesDistrict(record.District),
            _ => true,
        };
    }

    /// <summary>An offer has ended when its end lies before now; a date without time means the whole day.</summary>
    public static bool HasEnded(Offer offer, DateTime now) => HasEnded(offer.End, now);

    /// <summary>When an offer next happens: a running or undated one counts as "now".</summary>
    public static DateTime NextOccurrence(Offer offer, DateTime now) => NextOccurrence(offer.Start, now);

    /// <summary>When a record next happens: an offer's start still ahead, else (running, undated, no offer) "now".</summary>
    public static DateTime NextOccurrence(in RecordFacts record, DateTime now) =>
        record.Kind == RecordKind.Offer ? NextOccurrence(record.Start, now) : now;

    private static bool HasEnded(DateTime? end, DateTime now) =>
        end is { } value && (value.TimeOfDay == TimeSpan.Zero ? value.Date.AddDays(1) <= now : value < now);

    private static DateTime NextOccurrence(DateTime? start, DateTime now) => start is { } value && value > now ? value : now;

    private bool MatchesOffer(in RecordFacts offer)
    {
        if (HasEnded(offer.End, _now)) return false;
        if (_query.Age is { } age && (age < offer.AgeMin || age > offer.AgeMax)) return false;
        if (!MatchesDistrict(offer.District)) return false;
        if (_query.From is { } from && offer.End is { } end && EndOfDay(end) < from) return false;
        if (_query.To is { } to && offer.Start is { } start && start > EndOfDay(to)) return false;
        if (_query.FreeOnly && !offer.Free) return false;
        if (_query.OnlineOnly && !offer.Online) return false;
        if (_query.SimpleLanguageOnly && !offer.SimpleLanguage) return false;
        if (_query.AccessibleOnly && !offer.Accessible) return false;
        return true;
    }

    // Facts hold the district trimmed.
    private bool MatchesDistrict(string? district) =>
        _district is null || string.Equals(district, _district, StringComparison.OrdinalIgnoreCase);

    private static DateTime EndOfDay(DateTime value) => value.TimeOfDay == TimeSpan.Zero ? value.Date.AddDays(1).AddTicks(-1) : value;
}
