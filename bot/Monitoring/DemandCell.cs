namespace TrierBot.Monitoring;

/// <summary>One cell of a breakdown: its values per dimension and three counts, each of which may be suppressed (<see cref="DemandTable"/>).</summary>
public sealed class DemandCell(IReadOnlyList<string> values)
{
    /// <summary>The cell's value per dimension of the table, in the table's order.</summary>
    public IReadOnlyList<string> Values { get; } = values;

    public int Searches { get; set; }

    /// <summary>Searches that ended without any offer.</summary>
    public int Unmet { get; set; }

    /// <summary>Searches in which a person was asked for.</summary>
    public int Handoffs { get; set; }

    public bool SearchesSuppressed { get; set; }
    public bool UnmetSuppressed { get; set; }
    public bool HandoffsSuppressed { get; set; }
}
