using TrierBot.Dialogs.Framework;
using TrierBot.Knowledge;

namespace TrierBot.Dialogs.Prompts;

/// <summary>
/// Finds an Ortsbezirk in an answer: the full name, one part of a double name ("Gartenfeld",
/// "Pallien"), without "Trier-" ("Nord"), or with a small typo ("Kürnez").
/// </summary>
public static class DistrictMatcher
{
    private static readonly IReadOnlyList<Choice> DistrictChoices = Districts.All.Select(ToChoice).ToList();

    public static string? Match(string? text)
    {
        // A bare number is an age or a list position, never a district.
        if (string.IsNullOrWhiteSpace(text) || text.Trim().All(char.IsDigit))
        {
            return null;
        }

        var found = ChoiceMatcher.FindBest(text, DistrictChoices);
        return found is { Score: >= 0.7 } ? found.Value : null;
    }

    private static Choice ToChoice(string district)
    {
        var parts = district.Replace("Trier-", "", StringComparison.Ordinal).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var synonyms = parts.Concat(parts.Select(p => $"Trier {p}")).Append(district.Replace('/', ' ')).ToArray();
        return new Choice(district, district, synonyms);
    }
}
