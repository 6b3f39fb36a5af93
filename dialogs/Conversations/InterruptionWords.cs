using TrierBot.Dialogs.Framework;

namespace TrierBot.Dialogs.Conversations;

/// <summary>
/// Words that interrupt any dialog, as a safety net under the recognizer: a one-word "hilfe" or
/// "zurück" must always work, even where the recognizer is unsure.
/// </summary>
public static class InterruptionWords
{
    private static readonly string[] Help = ["hilfe", "help", "was kannst du", "what can you do", "wie geht das", "hilfe bitte"];
    private static readonly string[] Cancel = ["abbrechen", "abbruch", "neustart", "neu starten", "von vorne", "nochmal von vorne", "stopp", "stop", "cancel", "restart", "start over"];
    private static readonly string[] Back = ["zurueck", "zurück", "back", "go back", "einen schritt zurueck"];
    // Whole phrases: "Einer meiner Mitarbeiter kann nicht lesen", "was mit Menschen" or "die Berater dort" ask for no hand-off.
    private static readonly string[] Human =
        ["mensch", "mit einem menschen", "einem menschen", "echte person", "echten person", "echten berater", "echte beraterin", "mit einem berater", "mit einer beraterin",
         "persoenlich besprechen", "persoenlichen ansprechpartner", "human", "real person", "agent", "talk to someone"];

    // Directed at the bot only: "ich bin zu dumm zum lesen" is a call for help, not an insult.
    private static readonly string[] Insults =
    [
        "du bist dumm", "du bist bloed", "du bist scheisse", "dummer bot", "bloeder bot", "scheiss bot", "scheissbot", "idiot", "du idiot",
        "fick dich", "halts maul", "halt die fresse", "halt dein maul", "arschloch", "wichser", "hurensohn", "du opfer", "verpiss dich",
        "fuck you", "fuck off", "stupid bot", "you suck", "you are stupid", "you re stupid", "shut up", "asshole",
    ];

    // Normalized once: these checks run on every message.
    private static readonly string[] NormalizedHelp = [.. Help.Select(ChoiceMatcher.Normalize)];
    private static readonly string[] NormalizedCancel = [.. Cancel.Select(ChoiceMatcher.Normalize)];
    private static readonly string[] NormalizedBack = [.. Back.Select(ChoiceMatcher.Normalize)];
    private static readonly string[] NormalizedHuman = [.. Human.Select(ChoiceMatcher.Normalize)];
    private static readonly string[] NormalizedInsults = [.. Insults.Select(ChoiceMatcher.Normalize)];

    public static bool IsHelp(string normalized) => IsShortCommand(normalized, NormalizedHelp);

    public static bool IsCancel(string normalized) => IsShortCommand(normalized, NormalizedCancel);

    public static bool IsBack(string normalized) => IsShortCommand(normalized, NormalizedBack);

    public static bool AsksForHuman(string normalized)
        => NormalizedHuman.Any(w => ChoiceMatcher.ContainsPhrase(normalized, w))
           && !normalized.Contains("kein mensch", StringComparison.Ordinal);

    public static bool IsInsult(string normalized) => NormalizedInsults.Any(w => ChoiceMatcher.ContainsPhrase(normalized, w));

    /// <summary>The word alone or in a very short message: "hilfe", "hilfe bitte" — not "ich brauche hilfe beim lesen".</summary>
    private static bool IsShortCommand(string normalized, string[] words)
    {
        var wordCount = normalized.Count(c => c == ' ') + 1;
        return wordCount <= 3 && words.Any(w => ChoiceMatcher.ContainsPhrase(normalized, w));
    }
}
