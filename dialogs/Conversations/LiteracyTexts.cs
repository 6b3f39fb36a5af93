using TrierBot.Dialogs.Texts;

namespace TrierBot.Dialogs.Conversations;

/// <summary>
/// Lesen, Schreiben, Rechnen in einfacher Sprache: short sentences, one idea each, common words, no
/// abbreviations. Adults are addressed with "Sie" (the du text is the Sie text: this path never says "du").
/// </summary>
public static class LiteracyTexts
{
    public static readonly RegisterText Reassurance = new(
        "Schön, dass Sie fragen. Die Hilfe ist kostenlos. Alles bleibt vertraulich. Sie müssen sich nicht schämen. Viele Erwachsene lernen noch lesen, schreiben oder rechnen.",
        "Schön, dass Sie fragen. Die Hilfe ist kostenlos. Alles bleibt vertraulich. Sie müssen sich nicht schämen. Viele Erwachsene lernen noch lesen, schreiben oder rechnen.",
        "Good that you ask. The help is free. Everything stays confidential. There is nothing to be ashamed of. Many adults are still learning to read, write or do maths.");

    public static readonly RegisterText AskSubject = new(
        "Was möchten Sie lernen: Lesen und Schreiben, Rechnen oder Computer und Handy?",
        "Was möchten Sie lernen: Lesen und Schreiben, Rechnen oder Computer und Handy?",
        "What would you like to learn: reading and writing, maths, or computer and phone?");
    public static readonly LocalizedText SubjectReading = new("Lesen und Schreiben", "Reading and writing");
    public static readonly LocalizedText SubjectMaths = new("Rechnen", "Maths");
    public static readonly LocalizedText SubjectDigital = new("Computer und Handy", "Computer and phone");
    public static readonly LocalizedText SubjectAll = new("Alles", "Everything");

    public static readonly RegisterText AskPhone = new(
        "Möchten Sie lieber telefonieren statt schreiben? Dann gebe ich Ihnen eine Telefon-Nummer.",
        "Möchten Sie lieber telefonieren statt schreiben? Dann gebe ich Ihnen eine Telefon-Nummer.",
        "Would you rather talk on the phone than type? Then I'll give you a phone number.");

    public const string OfficeTopic = "Grundbildung Alphabetisierung Lesen Schreiben";
}
