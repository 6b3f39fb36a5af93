namespace TrierBot.Understanding.Tests;

[Collection(RecognizerCollection.Name)]
public sealed class DistrictTests(RecognizerFixture fixture)
{
    [Theory]
    [InlineData("in der innenstadt", "Trier-Mitte/Gartenfeld")]
    [InlineData("trier mitte", "Trier-Mitte/Gartenfeld")]
    [InlineData("wohne im gartenfeld", "Trier-Mitte/Gartenfeld")]
    [InlineData("innenstat", "Trier-Mitte/Gartenfeld")]
    [InlineData("trier nord", "Trier-Nord")]
    [InlineData("Trier-Nord", "Trier-Nord")]
    [InlineData("wir wohnen im norden", "Trier-Nord")]
    [InlineData("trier süd", "Trier-Süd")]
    [InlineData("trier sued", "Trier-Süd")]
    [InlineData("in ehrang", "Ehrang/Quint")]
    [InlineData("ehrangg", "Ehrang/Quint")]
    [InlineData("quint", "Ehrang/Quint")]
    [InlineData("pfalzel", "Pfalzel")]
    [InlineData("falzel", "Pfalzel")]
    [InlineData("biewer", "Biewer")]
    [InlineData("biever", "Biewer")]
    [InlineData("ruwer", "Ruwer/Eitelsbach")]
    [InlineData("eitelsbach", "Ruwer/Eitelsbach")]
    [InlineData("trier west", "Trier-West/Pallien")]
    [InlineData("west", "Trier-West/Pallien")]
    [InlineData("pallien", "Trier-West/Pallien")]
    [InlineData("wohne in euren", "Euren")]
    [InlineData("Trier-Euren", "Euren")]
    [InlineData("zewen", "Zewen")]
    [InlineData("zeven", "Zewen")]
    [InlineData("olewig", "Olewig")]
    [InlineData("olewich", "Olewig")]
    [InlineData("kürenz", "Kürenz")]
    [InlineData("kuerenz", "Kürenz")]
    [InlineData("kurenz", "Kürenz")]
    [InlineData("tarforst", "Tarforst")]
    [InlineData("tarfost", "Tarforst")]
    [InlineData("filsch", "Filsch")]
    [InlineData("irsch", "Irsch")]
    [InlineData("kernscheid", "Kernscheid")]
    [InlineData("kernschaid", "Kernscheid")]
    [InlineData("feyen", "Feyen/Weismark")]
    [InlineData("weismark", "Feyen/Weismark")]
    [InlineData("heiligkreuz", "Heiligkreuz")]
    [InlineData("heilig kreuz", "Heiligkreuz")]
    [InlineData("heiligkreutz", "Heiligkreuz")]
    [InlineData("mariahof", "Mariahof")]
    [InlineData("maria hof", "Mariahof")]
    public void Recognize_DistrictSpelling_CanonicalDistrict(string place, string district)
    {
        var utterance = fixture.Recognizer.Recognize($"gibt es was für jugendliche {place}", RecognizerFixture.Now);

        Assert.Equal([district], utterance.Entities.District);
    }

    [Theory]
    [InlineData("kann ich in euren kursen mitmachen")]
    [InlineData("das ist falsch")]
    [InlineData("mitte dezember")]
    [InlineData("ich suche einen kurs in trier")]
    [InlineData("quit")]
    public void Recognize_WordThatIsNoDistrict_NoDistrict(string text)
    {
        Assert.Empty(fixture.Recognizer.Recognize(text, RecognizerFixture.Now).Entities.District);
    }

    [Fact]
    public void Recognize_TwoDistricts_BothInOrder()
    {
        var utterance = fixture.Recognizer.Recognize("zwischen kürenz und tarforst", RecognizerFixture.Now);

        Assert.Equal(["Kürenz", "Tarforst"], utterance.Entities.District);
    }

    [Fact]
    public void Recognize_EveryCanonicalName_ItsDistrict()
    {
        foreach (var district in TrierBot.Knowledge.Districts.All)
            Assert.Equal([district], fixture.Recognizer.Recognize($"wohne in {district}", RecognizerFixture.Now).Entities.District);
    }
}
