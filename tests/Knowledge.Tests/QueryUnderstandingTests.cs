using TrierBot.Knowledge.Model;
using TrierBot.Knowledge.Search;

namespace TrierBot.Knowledge.Tests;

/// <summary>
/// What a query means, not only which words it shares with a record (issue 14): generic words carry no match,
/// job titles find their field's orientation offers, English and questions are understood, one series is one hit.
/// Runs on the bundled demo data and lexicons, searching offers, counselling offices and FAQ answers.
/// </summary>
public sealed class QueryUnderstandingTests(DemoStoreFixture demo) : IClassFixture<DemoStoreFixture>
{
    private SearchOutcome Search(string text, int top = 3) =>
        demo.Store.Store.SearchWithOutcome(new SearchQuery { Text = text, Top = top, Now = DemoStore.Today, Sources = KnowledgeSources.Answers });

    private IEnumerable<string> Keys(string text, int top = 3) => Search(text, top).Hits.SelectMany(h => h.SeriesKeys);

    [Theory]
    [InlineData("angebote für kinder")]
    [InlineData("ich suche einen kurs")]
    [InlineData("nur abends")]
    [InlineData("hilfe bitte")]
    public void Search_OnlyGenericWords_ReturnsNothingAndSaysSo(string text)
    {
        var outcome = Search(text);

        Assert.Empty(outcome.Hits);
        Assert.True(outcome.GenericOnly);
    }

    [Theory]
    [InlineData("tanzen lernen")]
    [InlineData("handball für kinder")]
    [InlineData("steuerberatung")]
    [InlineData("yoga kurs trier")]
    public void Search_GenericWordsBesideUnknownContent_ReturnsNothing(string text)
    {
        var outcome = Search(text);

        Assert.Empty(outcome.Hits);
        Assert.False(outcome.GenericOnly);
    }

    [Theory]
    [InlineData("lesen lernen", "apag:ap-001")]
    [InlineData("töpferkurs", "kurse:ku-025")]
    [InlineData("alphabetisierungskurs für erwachsene", "apag:ap-013")]
    public void Search_ContentWordWithGenericWords_FindsByContent(string text, string expected)
    {
        Assert.Contains(expected, Keys(text));
    }

    [Theory]
    // official KldB names
    [InlineData("tischler werden", "retribus:rb-013|retribus:rb-014|beratung:ber-011")]
    [InlineData("elektronikerin werden", "retribus:rb-016")]
    // old and everyday names, gendered forms
    [InlineData("krankenschwester werden", "retribus:rb-003|beratung:ber-014")]
    [InlineData("kfz-mechaniker werden", "retribus:rb-001")]
    [InlineData("elektrikerin", "retribus:rb-016")]
    [InlineData("kindergärtnerin werden", "retribus:rb-006")]
    // children's dream jobs
    [InlineData("astronautin werden", "mint:mi-017")]
    [InlineData("programmierer werden", "mint:mi-005")]
    public void Search_JobTitle_FindsOrientationOfItsField(string text, string expectedAny)
    {
        Assert.Contains(Keys(text), expectedAny.Split('|').Contains);
    }

    [Theory]
    [InlineData("klempner werden")]
    [InlineData("dachdeckerin")]
    public void Search_CraftJobWithoutOwnOffer_FindsCraftOrientationOrCounselling(string text)
    {
        var records = Search(text).Hits.Select(h => h.Record).ToList();

        Assert.NotEmpty(records);
        Assert.Contains(records, r => r is Offer { Categories: var c } && c.Contains(Categories.Handwerk) || r is CounsellingOffice { Topics: var t } && t.Contains(Categories.Handwerk));
    }

    [Theory]
    [InlineData("internship in a bakery", "retribus:rb-020")]
    [InlineData("foreign degree recognition", "beratung:ber-005")]
    [InlineData("apprenticeship fair", "retribus:rb-021")]
    [InlineData("plumber", "beratung:ber-011")]
    [InlineData("reading and writing for adults", "apag:ap-001")]
    [InlineData("coding for teenagers", "mint:mi-005")]
    public void Search_English_FindsGermanOffer(string text, string expected)
    {
        Assert.Contains(expected, Keys(text));
    }

    [Theory]
    // family, friends and colleagues: who the search is for, not what
    [InlineData("mein bruder sucht einen excel kurs", "bruder")]
    [InlineData("meine kollegin sucht einen excel kurs", "kollegin")]
    [InlineData("mein chef will dass ich excel lerne", "chef")]
    // verbs and particles of conversation
    [InlineData("wie lange dauert der excel kurs", "dauert")]
    [InlineData("kommt man beim excel kurs einfach rein", "kommt")]
    [InlineData("kommt man beim excel kurs einfach rein", "rein")]
    [InlineData("excel und so zeug", "zeug")]
    // English everyday filler words
    [InlineData("excel course for my 40 year old husband", "year")]
    [InlineData("excel course for my 40 year old husband", "old")]
    [InlineData("can someone teach me excel", "someone")]
    [InlineData("excel course during the holidays", "during")]
    [InlineData("learn excel", "learn")]
    public void Explain_ConversationWord_IsGenericNotContent(string text, string word)
    {
        var reading = demo.Store.Store.Explain(text);

        // "Inhalt: excel · allgemein: kurs dauert~": a typo reading (~) or an unknown word (✗) is still the word.
        var content = reading["Inhalt:".Length..reading.IndexOf('·', StringComparison.Ordinal)]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('~', '✗'));
        Assert.Contains("excel", content);
        Assert.DoesNotContain(word, content);
    }

    [Theory]
    [InlineData("someone to teach me excel", "kurse:ku-009")]
    public void Search_EnglishEverydayWords_FindByTopic(string text, string expectedFirst)
    {
        Assert.Equal(expectedFirst, Keys(text).First());
    }

    [Theory]
    [InlineData("wer bezahlt mir eine weiterbildung?", "faq:faq-005")]
    [InlineData("gibt es geld für eine weiterbildung", "beratung:ber-010|beratung:ber-004|faq:faq-005")]
    [InlineData("was kostet die beratung?", "faq:faq-001")]
    public void Search_Question_FindsTheTopicItAsksAbout(string text, string expectedAny)
    {
        Assert.Contains(Keys(text), expectedAny.Split('|').Contains);
    }

    [Fact]
    public void Search_OneOfferOnSeveralDates_IsOneHitWithItsOtherDates()
    {
        var hits = Search("studieninfotag", top: 5).Hits;

        var series = Assert.Single(hits, h => h.Record.DisplayTitle.StartsWith("Studieninfotag"));
        Assert.Equal(["retribus:rb-027", "retribus:rb-028"], series.SeriesKeys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_ThousandsOfWords_AnswersWithoutThrowing()
    {
        var text = string.Join(' ', Enumerable.Range(0, 5000).Select(i => i % 3 == 0 ? "programmieren" : $"wort{i} kurs praktikum robotik"));

        var outcome = Search(text, top: 5);

        Assert.NotEmpty(outcome.Hits);
    }

    [Fact]
    public void Lexicons_AreBroadEnough()
    {
        var analysis = GermanAnalysis.Create(null, Path.Combine(AppContext.BaseDirectory, "knowledge-data"));
        var lexicon = analysis.Lexicon;

        Assert.True(lexicon.OccupationCount >= 600, $"{lexicon.OccupationCount} occupations");
        Assert.True(lexicon.English.Count(e => e.Value.Length > 0) >= 400, $"{lexicon.English.Count} English entries");
        Assert.True(lexicon.GenericWords.Count >= 100);
        Assert.All(lexicon.Occupations.Values.SelectMany(o => o.Categories), c => Assert.Contains(c, Categories.All));
    }
}
