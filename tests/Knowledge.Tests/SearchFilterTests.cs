namespace TrierBot.Knowledge.Tests;

/// <summary>SearchQuery's filters and ranking rules on a small store whose records differ in exactly those fields.</summary>
public sealed class SearchFilterTests : IDisposable
{
    private readonly MemoryStore _store = new();

    public SearchFilterTests()
    {
        _store.Files.Write("mint.json", Offers.Json(
            Offers.Valid("ag", "Robotik-AG", ("ageMin", 10), ("ageMax", 14), ("district", "Kürenz"), ("cost", 0), ("online", false),
                ("accessible", true), ("start", "2027-01-10"), ("end", "2027-06-30"), ("categories", new[] { "Robotik" })),
            Offers.Valid("online", "Robotik online lernen", ("ageMin", 15), ("ageMax", 99), ("online", true), ("cost", 20),
                ("simpleLanguage", true), ("start", "2027-03-01"), ("end", "2027-03-31"), ("categories", new[] { "Programmieren" })),
            Offers.Valid("vorbei", "Robotik-Camp im Herbst", ("start", "2026-10-12"), ("end", "2026-10-16"), ("cost", 0)),
            Offers.Valid("heute", "Robotik-Tag heute", ("start", "2026-11-27T09:00"), ("end", "2026-11-27")),
            Offers.Valid("immer", "Robotik-Treff", ("district", "Ehrang/Quint"))));
        _store.Files.Write("beratung.json", """[{"id":"b1","name":"MINT-Beratung Robotik","district":"Kürenz","free":true}]""");
        _store.Files.Write("faq.json", """[{"id":"f1","question":"Was ist Robotik?","answer":"Roboter bauen und programmieren.","variants":["roboter erklärt"]}]""");
        _store.Files.Write("till.csv", "id;name;year;value\nt1;Teilnehmende an Robotik-Kursen;2025;120\n");
        Assert.Equal(0, _store.Store.Import([_store.Files.Path]).ExitCode);
    }

    public void Dispose() => _store.Dispose();

    private List<string> Keys(SearchQuery query) => _store.Search(query with { Top = query.Top == 3 ? 20 : query.Top }).Select(h => h.Key).ToList();

    [Fact]
    public void Search_NoSources_ReturnsOnlyRunningOffers()
    {
        var keys = Keys(new SearchQuery { Text = "robotik" });

        Assert.Equal(["mint:ag", "mint:heute", "mint:immer", "mint:online"], keys.Order());
    }

    [Theory]
    [InlineData("robotik")]
    [InlineData("")]
    public void Search_EndedOffer_IsNeverReturnedButStaysInTheStore(string text)
    {
        Assert.DoesNotContain("mint:vorbei", Keys(new SearchQuery { Text = text, Sources = ["mint"] }));
        Assert.NotNull(_store.Store.Find("mint:vorbei"));
    }

    [Fact]
    public void Search_OfferEndingToday_IsStillReturned()
    {
        Assert.Contains("mint:heute", Keys(new SearchQuery { Text = "robotik", Now = new DateTime(2026, 11, 27, 20, 0, 0) }));
        Assert.DoesNotContain("mint:heute", Keys(new SearchQuery { Text = "robotik", Now = new DateTime(2026, 11, 28, 0, 1, 0) }));
    }

    [Theory]
    [InlineData(12, new[] { "mint:ag", "mint:heute", "mint:immer" })]
    [InlineData(10, new[] { "mint:ag", "mint:heute", "mint:immer" })]
    [InlineData(14, new[] { "mint:ag", "mint:heute", "mint:immer" })]
    [InlineData(15, new[] { "mint:heute", "mint:immer", "mint:online" })]
    [InlineData(9, new[] { "mint:heute", "mint:immer" })]
    public void Search_Age_KeepsOffersWhoseRangeContainsIt(int age, string[] expected)
    {
        Assert.Equal(expected, Keys(new SearchQuery { Text = "robotik", Age = age }).Order());
    }

    [Theory]
    [InlineData("Kürenz", new[] { "mint:ag" })]
    [InlineData("kürenz", new[] { "mint:ag" })]
    [InlineData("Ehrang/Quint", new[] { "mint:immer" })]
    [InlineData("Pfalzel", new string[0])]
    public void Search_District_KeepsOffersInThatDistrict(string district, string[] expected)
    {
        Assert.Equal(expected, Keys(new SearchQuery { Text = "robotik", District = district }).Order());
    }

    [Theory]
    [InlineData("2027-03-05", "2027-03-10", new[] { "mint:ag", "mint:immer", "mint:online" })]
    [InlineData("2027-07-01", "2027-08-31", new[] { "mint:immer" })]
    [InlineData("2026-12-01", "2026-12-31", new[] { "mint:immer" })]
    [InlineData("2027-06-30", "2027-06-30", new[] { "mint:ag", "mint:immer" })]
    public void Search_DateWindow_KeepsOffersRunningWithinIt(string from, string to, string[] expected)
    {
        var query = new SearchQuery { Text = "robotik", From = DateTime.Parse(from), To = DateTime.Parse(to) };

        Assert.Equal(expected, Keys(query).Order());
    }

    [Fact]
    public void Search_FreeOnly_KeepsOffersWithCostZeroNotUnknownCost()
    {
        Assert.Equal(["mint:ag"], Keys(new SearchQuery { Text = "robotik", FreeOnly = true }));
    }

    [Fact]
    public void Search_OnlineOnly_KeepsOnlineOffers()
    {
        Assert.Equal(["mint:online"], Keys(new SearchQuery { Text = "robotik", OnlineOnly = true }));
    }

    [Fact]
    public void Search_SimpleLanguageOnly_KeepsOffersInEinfacherSprache()
    {
        Assert.Equal(["mint:online"], Keys(new SearchQuery { Text = "robotik", SimpleLanguageOnly = true }));
    }

    [Fact]
    public void Search_AccessibleOnly_KeepsStepFreeOffers()
    {
        Assert.Equal(["mint:ag"], Keys(new SearchQuery { Text = "robotik", AccessibleOnly = true }));
    }

    [Fact]
    public void Search_PreferredCategory_RaisesRankButDoesNotFilter()
    {
        var plain = Keys(new SearchQuery { Text = "robotik" });
        var preferred = Keys(new SearchQuery { Text = "robotik", Categories = ["Programmieren"] });

        Assert.True(preferred.IndexOf("mint:online") < plain.IndexOf("mint:online"));
        Assert.Equal(plain.Order(), preferred.Order());
    }

    [Fact]
    public void Search_PreferredCategory_DoesNotBringInIrrelevantRecords()
    {
        Assert.Empty(Keys(new SearchQuery { Text = "bäckerei", Categories = ["Robotik"] }));
    }

    [Theory]
    [InlineData("beratung", "beratung:b1")]
    [InlineData("faq", "faq:f1")]
    [InlineData("till", "till:t1")]
    public void Search_ExplicitSource_ReturnsThatSourceOnly(string source, string expected)
    {
        Assert.Equal([expected], Keys(new SearchQuery { Text = "robotik", Sources = [source] }));
    }

    [Fact]
    public void Search_FaqByVariant_FindsTheQuestion()
    {
        Assert.Equal(["faq:f1"], Keys(new SearchQuery { Text = "roboter erklärt", Sources = ["faq"] }));
    }

    [Fact]
    public void Search_AllSourcesNamed_NeverMixesInIndicatorsUnlessNamed()
    {
        var keys = Keys(new SearchQuery { Text = "robotik", Sources = ["mint", "beratung", "faq"] });

        Assert.Contains("beratung:b1", keys);
        Assert.DoesNotContain("till:t1", keys);
    }

    [Fact]
    public void Search_EmptyText_SelectsByFiltersNearestStartFirst()
    {
        var keys = Keys(new SearchQuery { Text = "", Sources = ["mint"] });

        // running or undated offers count as "now", then by start date
        Assert.Equal(["mint:heute", "mint:immer", "mint:ag", "mint:online"], keys);
    }

    [Fact]
    public void Search_EmptyTextWithFilter_AppliesTheFilter()
    {
        Assert.Equal(["mint:ag"], Keys(new SearchQuery { Age = 12, District = "Kürenz" }));
    }

    [Fact]
    public void Search_TopAndSkip_PageThroughTheRanking()
    {
        var all = Keys(new SearchQuery { Text = "robotik", Top = 10 });

        var page = _store.Search(new SearchQuery { Text = "robotik", Top = 2, Skip = 1 }).Select(h => h.Key);

        Assert.Equal(all.Skip(1).Take(2), page);
    }
}
