namespace TrierBot.Knowledge;

/// <summary>A knowledge lookup: free text plus filters. Empty filters mean "any".</summary>
public sealed record SearchQuery
{
    public string Text { get; init; } = "";
    /// <summary>Limit to these sources (<see cref="KnowledgeSources"/>); empty = all offer sources.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
    /// <summary>An offer fits if this age lies within its ageMin..ageMax.</summary>
    public int? Age { get; init; }
    public string? District { get; init; }
    /// <summary>Date window: the offer must run at some point within [From, To].</summary>
    public DateTime? From { get; init; }
    public DateTime? To { get; init; }
    /// <summary>Preferred categories (<see cref="Categories"/>): they raise the rank, they do not filter.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
    public bool FreeOnly { get; init; }
    public bool OnlineOnly { get; init; }
    public bool SimpleLanguageOnly { get; init; }
    public bool AccessibleOnly { get; init; }
    public int Top { get; init; } = 3;
    public int Skip { get; init; }
    /// <summary>"Today" for the rule that ended offers are never recommended; tests pin it.</summary>
    public DateTime? Now { get; init; }
}
