using TrierBot.Knowledge;

namespace TrierBot.Dialogs.Knowledge;

/// <summary>Offers found for a search; <see cref="Widened"/> says the filters had to be relaxed to find them.</summary>
public sealed record OfferSearchResult(IReadOnlyList<SearchHit> Hits, bool Widened, SearchQuery Query);
