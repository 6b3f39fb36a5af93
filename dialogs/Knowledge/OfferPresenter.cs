using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.State;
using TrierBot.Knowledge;
using TrierBot.Knowledge.Model;
using TrierBot.Understanding;

namespace TrierBot.Dialogs.Knowledge;

/// <summary>
/// Shows search results the same way in every guided conversation: the best offers as cards, an honest
/// word when the search had to be widened or found nothing, and the matching counselling office —
/// so no conversation ends in a dead end. Stateless: one instance for the process.
/// </summary>
public sealed class OfferPresenter(KnowledgeLookup lookup)
{
    /// <summary>Searches (widening once if needed) and shows the offers plus a counselling office; false when nothing was found.</summary>
    /// <param name="formal">Address the user with "Sie" in einfacher Sprache (literacy) instead of "du".</param>
    public async Task<bool> ShowOffersAsync(ITurnContext turnContext, SearchQuery query, SearchProfile profile, string officeTopic, CancellationToken cancellationToken, bool formal = false)
    {
        var english = DialogLocale.IsEnglish(turnContext);
        var result = await lookup.SearchOffersAsync(turnContext, query, cancellationToken);
        profile.LastSearch = SavedSearch.Of(result.Query);
        var office = await lookup.FindOfficeAsync(turnContext, officeTopic, cancellationToken);
        if (result.Hits.Count == 0)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text((formal ? ResultTexts.NothingFoundFormal : ResultTexts.NothingFound).In(english)), cancellationToken);
            await SendOfficeAsync(turnContext, office, english, intro: null, cancellationToken);
            return false;
        }

        var intro = (result.Widened, formal) switch
        {
            (true, true) => ResultTexts.WidenedFormal,
            (true, false) => ResultTexts.Widened,
            (false, true) => ResultTexts.FoundFormal,
            (false, false) => ResultTexts.Found,
        };
        await SendOfferCardsAsync(turnContext, result.Hits, profile, intro.In(english), english, cancellationToken);
        await SendOfficeAsync(turnContext, office, english, ResultTexts.Counselling.In(english), cancellationToken);
        return true;
    }

    /// <summary>The next page of the last search (the cards' "Mehr" button).</summary>
    public async Task ShowMoreAsync(ITurnContext turnContext, SearchProfile profile, CancellationToken cancellationToken)
    {
        var english = DialogLocale.IsEnglish(turnContext);
        if (profile.LastSearch is not { } last)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(ResultTexts.NoSearchYet.In(english)), cancellationToken);
            return;
        }

        last.Skip += last.Top;
        var hits = await lookup.SearchAsync(turnContext, last.ToQuery(), cancellationToken);
        if (hits.Count == 0)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(ResultTexts.NoMore.In(english)), cancellationToken);
            return;
        }

        await SendOfferCardsAsync(turnContext, hits, profile, intro: null, english, cancellationToken);
    }

    /// <summary>Answers a card's Details button from the store, without free text.</summary>
    public async Task ShowDetailsAsync(ITurnContext turnContext, string? key, CancellationToken cancellationToken)
    {
        var english = DialogLocale.IsEnglish(turnContext);
        var record = string.IsNullOrEmpty(key) ? null : lookup.Find(key);
        var text = record is null ? CardTexts.NotFound.In(english) : OfferCards.DetailsText(record, english);
        await turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
    }

    /// <summary>The counselling office for <paramref name="officeTopic"/> as a card, after <paramref name="intro"/>.</summary>
    public async Task ShowOfficeAsync(ITurnContext turnContext, string officeTopic, string? intro, CancellationToken cancellationToken)
    {
        var english = DialogLocale.IsEnglish(turnContext);
        var office = await lookup.FindOfficeAsync(turnContext, officeTopic, cancellationToken);
        await SendOfficeAsync(turnContext, office, english, intro, cancellationToken);
    }

    private static async Task SendOfferCardsAsync(ITurnContext turnContext, IReadOnlyList<SearchHit> hits, SearchProfile profile, string? intro, bool english, CancellationToken cancellationToken)
    {
        // The literacy path says "Sie" throughout, also for "more results" long after its first answer.
        var formal = profile.Topic == IntentNames.Literacy;
        var cards = hits.Where(h => h.Record is Offer).Select(h => OfferCards.ForOffer((Offer)h.Record, profile, english, formal, h.OtherDates)).ToList();
        var message = MessageFactory.Carousel(cards, intro);
        await turnContext.SendActivityAsync(message, cancellationToken);
    }

    private static async Task SendOfficeAsync(ITurnContext turnContext, CounsellingOffice? office, bool english, string? intro, CancellationToken cancellationToken)
    {
        if (office is null)
        {
            if (intro is not null)
            {
                return;
            }

            // No office in the store either: still leave a way on.
            await turnContext.SendActivityAsync(MessageFactory.Text(english
                ? "Write \"human\" and I will pass you on to a counsellor."
                : "Schreib „Mensch“, dann gebe ich dich an eine Beraterin oder einen Berater weiter."), cancellationToken);
            return;
        }

        IMessageActivity message = MessageFactory.Attachment(OfferCards.ForOffice(office, english), intro);
        await turnContext.SendActivityAsync(message, cancellationToken);
    }
}
