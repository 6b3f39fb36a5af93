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
}
