using TrierBot.Dialogs.Knowledge;
using TrierBot.Dialogs.State;
using TrierBot.Knowledge.Model;

namespace TrierBot.Dialogs.Tests;

public class OfferCardsTests
{
    [Theory]
    [InlineData(false, "passt zur Suche")]
    [InlineData(true, "passt zur Suche")]
    public void WhyItFits_NothingSpecificMatches_SaysItFitsTheSearchInTheRightAddress(bool formal, string expected)
    {
        var offer = new Offer { Title = "Lerncafé (Demo)", Cost = 5 };

        Assert.Equal(expected, OfferCards.WhyItFits(offer, new SearchProfile(), english: false, formal));
    }

    [Theory]
    [InlineData(false, "in der Nähe (Euren)")]
    [InlineData(true, "in der Nähe (Euren)")]
    public void WhyItFits_SameDistrict_SaysNearbyInTheRightAddress(bool formal, string expected)
    {
        var offer = new Offer { Title = "Lerncafé (Demo)", District = "Euren", Cost = 5 };

        Assert.Equal(expected, OfferCards.WhyItFits(offer, new SearchProfile { District = "Euren" }, english: false, formal));
    }

    [Fact]
    public void ForOffer_SeriesWithOtherDates_ListsThemAsFurtherDates()
    {
        var offer = new Offer { Title = "Studieninfotag (Demo)", Start = new DateTime(2027, 1, 20), District = "Mitte", Cost = 0 };
        var other = new Offer { Title = "Studieninfotag (Demo)", Start = new DateTime(2027, 5, 12), District = "Tarforst", Cost = 0 };

        var card = (Microsoft.Bot.Schema.HeroCard)OfferCards.ForOffer(offer, new SearchProfile(), english: false, otherDates: [other]).Content;

        Assert.Contains("weitere Termine", card.Text);
        Assert.Contains("Tarforst", card.Text);
    }

    [Fact]
    public void ForOffer_SingleDate_HasNoFurtherDatesLine()
    {
        var offer = new Offer { Title = "Studieninfotag (Demo)", Start = new DateTime(2027, 1, 20), Cost = 0 };

        var card = (Microsoft.Bot.Schema.HeroCard)OfferCards.ForOffer(offer, new SearchProfile(), english: false).Content;

        Assert.DoesNotContain("weitere Termine", card.Text);
    }
}
