namespace TrierBot.Handoff;

/// <summary>The topic of a hand-off as German counsellors call it, not as the recognizer names its intents.</summary>
public static class HandoffTopicLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CareerOrientation"] = "Ausbildung & Studium",
        ["Literacy"] = "Lesen und Schreiben / Grundbildung",
        ["Mint"] = "MINT",
        ["Counselling"] = "Beratung",
        ["CourseSearch"] = "Kurse",
    };

    /// <summary>The German label of an intent name; other topics (already words) as they are; null for none.</summary>
    public static string? German(string? topic) =>
        string.IsNullOrWhiteSpace(topic) ? null : Labels.TryGetValue(topic.Trim(), out var label) ? label : topic.Trim();
}
