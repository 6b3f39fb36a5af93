using TrierBot.Dialogs.Texts;

namespace TrierBot.Dialogs.Conversations;

/// <summary>
/// Lesen, Schreiben, Rechnen in einfacher Sprache: short sentences, one idea each, common words, no
/// abbreviations, compounds with hyphens. Adults are addressed with "Sie".
/// </summary>
public static class LiteracyTexts
{
    public static readonly LocalizedText Reassurance = new(
        "Schön, dass Sie fragen. Die Hilfe ist kostenlos. Alles bleibt vertraulich. Sie müssen sich nicht schämen. Viele Erwachsene lernen noch lesen, schreiben oder rechnen.",
        "Good that you ask. The help is free. Everything stays confidential. There is nothing to be ashamed of. Many adults are still learning to read, write or do maths.");

    public static readonly LocalizedText AskForWhom = new("Für wen suchen Sie Hilfe?", "Who are you looking for help for?");
    public static readonly LocalizedText RetryForWhom = new("Bitte wählen Sie: für mich oder für eine andere Person.", "Please choose: for me or for someone else.");
    public static readonly LocalizedText ForMe = new("Für mich", "For me");
    public static readonly LocalizedText ForSomeoneElse = new("Für eine andere Person", "For someone else");
    public static readonly LocalizedText HelpingIsGood = new("Es ist gut, dass Sie helfen wollen.", "It's good that you want to help.");

    public static readonly LocalizedText AskSubjectForMe = new("Was möchten Sie lernen?", "What would you like to learn?");
    public static readonly LocalizedText AskSubjectForOther = new("Was möchte die Person lernen?", "What would the person like to learn?");
    public static readonly LocalizedText RetrySubject = new("Bitte wählen Sie eine Antwort aus der Liste.", "Please pick an answer from the list.");
    public static readonly LocalizedText SubjectReading = new("Lesen und Schreiben", "Reading and writing");
    public static readonly LocalizedText SubjectMaths = new("Rechnen", "Maths");
    public static readonly LocalizedText SubjectDigital = new("Computer und Handy", "Computer and phone");
    public static readonly LocalizedText SubjectAll = new("Alles", "Everything");

    public static readonly LocalizedText AskPhone = new(
        "Möchten Sie lieber telefonieren statt schreiben? Dann gebe ich Ihnen eine Telefon-Nummer.",
        "Would you rather talk on the phone than type? Then I'll give you a phone number.");
    public static readonly LocalizedText RetryPhone = new("Bitte antworten Sie mit Ja oder Nein.", "Please answer yes or no.");
    public static readonly LocalizedText CallUs = new(
        "Rufen Sie einfach an: {0}. Sie müssen Ihren Namen nicht sagen.",
        "Just call: {0}. You don't have to give your name.");
    public static readonly LocalizedText CallTimes = new("Die Zeiten: {0}.", "Opening hours: {0}.");
    public static readonly LocalizedText DropIn = new("Sie können auch einfach vorbei-kommen: {0}.", "You can also just drop in: {0}.");
    public static readonly LocalizedText NoPhone = new(
        "Schreiben Sie „Mensch“. Dann meldet sich eine Beraterin oder ein Berater bei Ihnen.",
        "Write \"human\". Then a counsellor will get back to you.");
    public static readonly LocalizedText KeepWriting = new("Gut. Sie können mir jederzeit wieder schreiben.", "Good. You can write to me any time.");

    public const string OfficeTopic = "Grundbildung Alphabetisierung Lesen Schreiben";
}
