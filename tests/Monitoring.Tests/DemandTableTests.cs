using TrierBot.Dialogs.Monitoring;

namespace TrierBot.Monitoring.Tests;

/// <summary>The suppression every surface shares: small counts hidden, never recoverable from totals.</summary>
public sealed class DemandTableTests
{
    [Fact]
    public void Build_MinCellBelowThree_UsesThree()
    {
        var table = DemandTable.Build([Count("Mint", "Zewen", 2)], [DemandDimensions.District], minCell: 1);

        Assert.Equal(3, table.MinCell);
        Assert.True(Assert.Single(table.Cells).SearchesSuppressed);
        Assert.Equal("< 3", table.SuppressedText);
    }

    [Fact]
    public void Build_OneSmallCellInARow_NextSmallestHiddenSoRowTotalMinusShownDoesNotGiveIt()
    {
        var counts = new[] { Count("Mint", "Zewen", 2), Count("Mint", "Euren", 6), Count("Mint", "Trier-Nord", 30) };

        var byDistrict = DemandTable.Build(counts, [DemandDimensions.District], 5);
        var byTopic = DemandTable.Build(counts, [DemandDimensions.Topic], 5);

        var mintTotal = Assert.Single(byTopic.Cells).Searches;
        var shown = byDistrict.Cells.Where(c => !c.SearchesSuppressed).Sum(c => c.Searches);
        Assert.Equal(2, byDistrict.SuppressedCells);
        Assert.Equal(30, shown);
        Assert.Equal(30, byDistrict.TotalSearches);
        // 38 − 30 = 8 is what the two hidden cells hold together, not either of them.
        Assert.NotEqual(2, mintTotal - shown);
    }

    private static DemandCount Count(string topic, string district, int searches)
        => new(new DemandRecord { Month = "2026-11", Topic = topic, District = district, Found = 1 }, searches);
}
