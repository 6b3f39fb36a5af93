namespace TrierBot.Handoff;

/// <summary>The counsellor teams, one queue each, and which topic goes to which team.</summary>
public static class HandoffTeams
{
    public const string Berufsorientierung = nameof(Berufsorientierung);
    public const string Grundbildung = nameof(Grundbildung);
    public const string Mint = "MINT";
    public const string Bildungsberatung = nameof(Bildungsberatung);

    public static IReadOnlyList<string> All { get; } = [Berufsorientierung, Grundbildung, Mint, Bildungsberatung];

    /// <summary>
    /// The team for a summary's topic: intent names (CareerOrientation, Literacy, Mint, Counselling), source names
    /// (retribus, grundbildung) or German words; anything else goes to the general education counselling.
    /// </summary>
    public static string FromTopic(string? topic)
    {
        var t = (topic ?? "").Trim().ToLowerInvariant();
        if (t.Length == 0) return Bildungsberatung;
        if (t.Contains("career") || t.Contains("beruf") || t.Contains("retribus") || t.Contains("ausbildung") || t.Contains("studium") || t.Contains("praktikum")) return Berufsorientierung;
        if (t.Contains("literacy") || t.Contains("grundbildung") || t.Contains("lesen") || t.Contains("schreiben") || t.Contains("lerncaf")) return Grundbildung;
        if (t.Contains("mint") || t.Contains("stem") || t.Contains("robotik") || t.Contains("technik")) return Mint;
        return Bildungsberatung;
    }

    /// <summary>The canonical spelling of a team name, or null when it is none of ours.</summary>
    public static string? Normalize(string? name) =>
        All.FirstOrDefault(t => string.Equals(t, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
