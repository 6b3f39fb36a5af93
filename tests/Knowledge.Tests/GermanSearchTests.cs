namespace TrierBot.Knowledge.Tests;

/// <summary>
/// The German analysis as users meet it: umlauts and ß either way, typos, compounds in both directions,
/// the office's synonyms, youth words and English. Each row: what someone types → the offer it must find (top 3).
/// </summary>
public sealed class GermanSearchTests : IDisposable
{
    private readonly MemoryStore _store = new();

    public GermanSearchTests()
    {
        _store.Files.Write("retribus.json", Offers.Json(
            Offers.Valid("messe", "Messe für Ausbildung und Beruf"),
            Offers.Valid("azubimesse", "Ausbildungsmesse in der Arena"),
            Offers.Valid("baeckerei", "Praktikum in der Bäckerei"),
            Offers.Valid("tischler", "Ausbildung zur Tischlerin oder zum Tischler"),
            Offers.Valid("fsj", "Infoabend Freiwilligendienst"),
            Offers.Valid("uni", "Schnupperstudium an der Universität"),
            Offers.Valid("bewerbung", "Bewerbungstraining mit Lebenslauf-Check")));
        _store.Files.Write("mint.json", Offers.Json(
            Offers.Valid("kurs", "Programmierkurs für Jugendliche"),
            Offers.Valid("einsteiger", "Programmieren für Einsteiger"),
            Offers.Valid("robotik", "Robotik-Werkstatt"),
            Offers.Valid("mathe", "Mathematik-Zirkel"),
            Offers.Valid("sterne", "Führung durch die Sternwarte"),
            Offers.Valid("spiele", "Eigene Computerspiele entwickeln"),
            Offers.Valid("physik", "Physik zum Anfassen")));
        _store.Files.Write("apag.json", Offers.Json(
            Offers.Valid("lesenacht", "Große Lesenacht in der Bibliothek"),
            Offers.Valid("uebung", "Übungsgruppe Schreiben für Erwachsene"),
            Offers.Valid("handy", "Smartphone-Kurs für Einsteiger"),
            Offers.Valid("strasse", "Lerncafé in der Gartenstraße")));
        Assert.Equal(0, _store.Store.Import([_store.Files.Path]).ExitCode);
    }

    public void Dispose() => _store.Dispose();

    [Theory]
    // umlauts and ß, written either way
    [InlineData("Führung Sternwarte", "mint:sterne")]
    [InlineData("fuehrung sternwarte", "mint:sterne")]
    [InlineData("fuhrung", "mint:sterne")]
    [InlineData("Bäckerei", "retribus:baeckerei")]
    [InlineData("baeckerei", "retribus:baeckerei")]
    [InlineData("backerei", "retribus:baeckerei")]
    [InlineData("große lesenacht", "apag:lesenacht")]
    [InlineData("grosse lesenacht", "apag:lesenacht")]
    [InlineData("Gartenstrasse", "apag:strasse")]
    [InlineData("übung schreiben", "apag:uebung")]
    [InlineData("uebungsgruppe", "apag:uebung")]
    // typos
    [InlineData("pratikum", "retribus:baeckerei")]
    [InlineData("robotic", "mint:robotik")]
    [InlineData("programiren", "mint:einsteiger")]
    [InlineData("matematik", "mint:mathe")]
    [InlineData("bewerbungstrainig", "retribus:bewerbung")]
    [InlineData("phisik", "mint:physik")]
    // compounds, both directions
    [InlineData("Ausbildungsmesse", "retribus:messe")]
    [InlineData("Messe für Ausbildung", "retribus:azubimesse")]
    [InlineData("Programmierkurs", "mint:einsteiger")]
    [InlineData("programmieren", "mint:kurs")]
    [InlineData("Lebenslauf", "retribus:bewerbung")]
    // the office's synonyms and youth words
    [InlineData("Lehrstelle", "retribus:tischler")]
    [InlineData("lehrstelle tischler", "retribus:tischler")]
    [InlineData("coden", "mint:kurs")]
    [InlineData("informatik", "mint:einsteiger")]
    [InlineData("Mathe", "mint:mathe")]
    [InlineData("zocken", "mint:spiele")]
    [InlineData("fsj", "retribus:fsj")]
    [InlineData("bufdi", "retribus:fsj")]
    [InlineData("uni", "retribus:uni")]
    [InlineData("handy", "apag:handy")]
    [InlineData("azubi", "retribus:tischler")]
    // English
    [InlineData("internship", "retribus:baeckerei")]
    [InlineData("robotics", "mint:robotik")]
    [InlineData("university", "retribus:uni")]
    [InlineData("coding for beginners", "mint:einsteiger")]
    [InlineData("job fair", "retribus:azubimesse")]
    public void Search_GermanWriting_FindsOffer(string text, string expected)
    {
        var hits = _store.Search(new SearchQuery { Text = text, Top = 3 });

        Assert.Contains(expected, hits.Select(h => h.Key));
    }

    [Theory]
    [InlineData("xylophon quantenchromodynamik")]
    [InlineData("asdfgh jklö")]
    [InlineData("qwertz")]
    [InlineData("bundesliga ergebnisse")]
    [InlineData("wetter morgen")]
    [InlineData("ich bin")]
    [InlineData("???")]
    public void Search_NothingRelevant_ReturnsNothing(string text)
    {
        Assert.Empty(_store.Search(new SearchQuery { Text = text, Top = 3 }));
    }

    [Fact]
    public void Search_Results_AreRankedByRelevance()
    {
        var hits = _store.Search(new SearchQuery { Text = "programmierkurs", Top = 5 });

        Assert.Equal("mint:kurs", hits[0].Key);
        Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }
}
