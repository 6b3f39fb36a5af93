using System.Text.RegularExpressions;
using TrierBot.Knowledge.Model;

namespace TrierBot.Knowledge.Tests;

/// <summary>The bundled demo knowledge: enough of it, valid, fictional and marked as such, in the shared vocabulary.</summary>
public sealed partial class DemoDataTests(DemoStoreFixture demo) : IClassFixture<DemoStoreFixture>
{
    // One offer on several dates is one hit with its other dates: all records are the hits and their dates.
    private IEnumerable<KnowledgeRecord> All => KnowledgeSources.All.SelectMany(s =>
        demo.Store.Store.Search(new SearchQuery { Sources = [s], Top = 10_000, Now = new DateTime(2000, 1, 1) }).SelectMany(h => h.OtherDates.Prepend(h.Record)));

    [Fact]
    public void DemoData_ImportsWithoutAnyRejectedRecord()
    {
        Assert.Empty(demo.Store.Report.Problems);
        Assert.Equal(0, demo.Store.Report.ExitCode);
    }

    [Fact]
    public void DemoData_HasEnoughRecordsOfEveryKind()
    {
        var bySource = All.GroupBy(r => r.Source).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(KnowledgeSources.OfferSources.Sum(s => bySource.GetValueOrDefault(s)) >= 150);
        Assert.All(KnowledgeSources.OfferSources, s => Assert.True(bySource.GetValueOrDefault(s) >= 20, s));
        Assert.True(bySource[KnowledgeSources.Beratung] >= 12);
        Assert.True(bySource[KnowledgeSources.Faq] >= 20);
        Assert.True(bySource[KnowledgeSources.Till] >= 3);
    }

    [Fact]
    public void DemoData_EveryRecordIsMarkedAsExampleData()
    {
        Assert.All(All, r => Assert.True(
            r.Extra.Values.Any(v => v.Contains("Beispieldaten")) || r is Indicator { Note: "Beispieldaten" }, r.Key));
    }

    [Fact]
    public void DemoData_UsesSharedCategoriesAndDistricts()
    {
        var offers = All.OfType<Offer>().ToList();

        Assert.All(offers.SelectMany(o => o.Categories), c => Assert.Contains(c, Categories.All));
        Assert.All(offers.Where(o => o.District is not null), o => Assert.Contains(o.District!, Districts.All));
        Assert.All(All.OfType<CounsellingOffice>(), o => Assert.Contains(o.District!, Districts.All));
    }

    [Fact]
    public void DemoData_ContactsAreFictional()
    {
        var offers = All.OfType<Offer>().ToList();

        Assert.All(offers, o => Assert.Matches(FictionalPhone(), o.Phone!));
        Assert.All(offers, o => Assert.EndsWith(".example.org", new Uri(o.Url!).Host));
        Assert.All(All.OfType<CounsellingOffice>(), o => Assert.EndsWith("example.org", o.Email!));
    }

    [Fact]
    public void DemoData_HasTheMixTheDialogsNeed()
    {
        var offers = All.OfType<Offer>().ToList();
        var today = DemoStore.Today;

        Assert.True(offers.Count(o => o.End is { } end && end < today) >= 3, "a few ended offers");
        Assert.True(offers.Count(o => o.Start >= new DateTime(2026, 12, 1) && o.Start < new DateTime(2028, 1, 1)) > offers.Count / 2);
        Assert.True(offers.Count(o => o.Cost == 0) > offers.Count / 3, "many free offers");
        Assert.True(offers.Count(o => o.SimpleLanguage == true) >= 10);
        Assert.True(offers.Count(o => o.Online == true) >= 5);
        Assert.All(new[] { "Osterferien", "Sommerferien", "Herbstferien" }, holiday =>
            Assert.Contains(offers, o => o.Source == KnowledgeSources.Mint && o.Title.Contains(holiday) && o.End > today));
    }

    [GeneratedRegex(@"^0651 9990-\d{4}$")]
    private static partial Regex FictionalPhone();
}
