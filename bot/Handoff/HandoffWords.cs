using System.Text.RegularExpressions;
using TrierBot.Understanding;

namespace TrierBot.Handoff;

/// <summary>What users type to leave the queue, delete their data, or pick an offer; tolerant of case, punctuation and umlaut spellings.</summary>
public static partial class HandoffWords
{
    public static bool IsCancel(string? text) => CancelPattern().IsMatch(Normalize(text));

    public static bool IsDeleteRequest(string? text) => DeletePattern().IsMatch(Normalize(text));

    public static bool IsYes(string? text) => YesPattern().IsMatch(Normalize(text));

    public static bool IsCallback(string? text) => CallbackPattern().IsMatch(Normalize(text));

    public static bool IsEmail(string? text) => EmailPattern().IsMatch(Normalize(text));

    public static bool IsContacts(string? text) => ContactsPattern().IsMatch(Normalize(text));

    public static bool IsKeepWaiting(string? text) => KeepWaitingPattern().IsMatch(Normalize(text));

    /// <summary>True when the text looks English (for users whose summary has no language).</summary>
    public static bool LooksEnglish(string? text) => EnglishPattern().IsMatch(Normalize(text));

    // the recognizer's folding (lower case, umlauts spelled out, emoji and lone surrogates out), punctuation kept for the patterns
    private static string Normalize(string? text) => TextNormalizer.Fold(text ?? "").Trim();

    [GeneratedRegex(@"^\W*(abbrechen|abbruch|cancel|stop|stopp|nicht mehr warten|lass mal|doch nicht)\W*$")]
    private static partial Regex CancelPattern();

    [GeneratedRegex(@"(loesch|losch|lösch)\w*\s+(bitte\s+)?(alle\s+)?(meine|meinen|die|mein)\s+(daten|chat|verlauf|infos)|(meine|alle)\s+daten\s+(loeschen|löschen)|delete\s+(all\s+)?my\s+(data|chat|conversation)|daten\s+loeschen")]
    private static partial Regex DeletePattern();

    [GeneratedRegex(@"^\W*(ja|jo|jap|yes|yep|ok|okay|ja,?\s*loeschen|yes,?\s*delete|loeschen|delete)\W*$")]
    private static partial Regex YesPattern();

    [GeneratedRegex(@"rueckruf|zurueckrufen|anruf|call\s*(me\s*)?back|callback|phone|telefon")]
    private static partial Regex CallbackPattern();

    [GeneratedRegex(@"e-?mail|mail|schreib\s*mir")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"kontakt|contacts?|nummer des|adresse des")]
    private static partial Regex ContactsPattern();

    [GeneratedRegex(@"weiter\s*warten|warten|keep\s*waiting|wait")]
    private static partial Regex KeepWaitingPattern();

    [GeneratedRegex(@"\b(cancel|delete my|yes|call me|wait|please|hello|the)\b")]
    private static partial Regex EnglishPattern();
}
