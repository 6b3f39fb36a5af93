namespace TrierBot.Monitoring;

/// <summary>
/// Where the anonymous demand counts are kept (LiteDB by default: <see cref="LiteDbDemandStore"/>); another storage
/// provider implements the same three operations. Counts only: there are no per-search rows to delete or to trace.
/// </summary>
public interface IDemandStore
{
    /// <summary>Applies the changes atomically: all of them or none.</summary>
    void Apply(IReadOnlyList<DemandChange> changes);

    /// <summary>The counts of the months from <paramref name="fromMonth"/> to <paramref name="toMonth"/> ("YYYY-MM", inclusive; null: open).</summary>
    IReadOnlyList<DemandCount> Read(string? fromMonth = null, string? toMonth = null);

    /// <summary>Removes every generated demo count; returns how many counts were removed.</summary>
    int RemoveDemo();
}
