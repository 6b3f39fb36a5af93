using TrierBot.Dialogs.Framework;

namespace TrierBot.Dialogs.Conversations;

/// <summary>Answers that mean "the place does not matter".</summary>
public static class AnyPlaceWords
{
    private static readonly string[] Words =
        ["egal", "ueberall", "ganz trier", "in ganz trier", "weiss nicht", "keine ahnung", "nicht wichtig", "any", "anywhere", "doesn t matter", "doesnt matter", "no preference", "all of trier"];

    public static bool IsAnyPlace(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = ChoiceMatcher.Normalize(MessageReader.WithoutEmoji(text));
        return Words.Any(w => ChoiceMatcher.ContainsPhrase(normalized, w));
    }
}
