using TrierBot.Dialogs.Texts;

namespace TrierBot.Dialogs.Conversations;

/// <summary>What the career and study orientation dialog asks, named after its slots.</summary>
public static class CareerOrientationTexts
{
    public static readonly LocalizedText AskAge = new(
        "Wie alt bist du? Du kannst auch deine Klasse schreiben, zum Beispiel „9. Klasse“.",
        "How old are you? You can also tell me your school year, e.g. \"grade 9\".");
    public static readonly LocalizedText RetryAge = new(
        "Schreib mir dein Alter bitte als Zahl, zum Beispiel 15 – oder deine Klasse.",
        "Please write your age as a number, e.g. 15 – or your school year.");
    public static readonly LocalizedText AskSchoolType = new("Auf welche Schule gehst du – oder bist du schon fertig?", "Which school do you go to – or have you finished school?");
    public static readonly LocalizedText RetrySchoolType = new("Wähle bitte eine Schule aus der Liste – oder „Sag ich lieber nicht“.", "Please pick a school from the list – or \"Rather not say\".");
    public static readonly LocalizedText AskInterests = new("Was interessiert dich am meisten?", "What interests you most?");
    public static readonly LocalizedText RetryInterests = new(
        "Wähle bitte ein Thema aus der Liste. Wenn du es noch nicht weißt, schreib „weiß nicht“ – dann finden wir es zusammen heraus.",
        "Please pick a topic from the list. If you don't know yet, write \"don't know\" – we'll find out together.");
    public static readonly LocalizedText AskPath = new("Was suchst du: eine Ausbildung, ein Studium oder erst mal ein Praktikum?", "What are you looking for: an apprenticeship, studies or an internship first?");
    public static readonly LocalizedText RetryPath = new("Wähle bitte: Ausbildung, Studium, Praktikum oder „Noch unklar“.", "Please choose: apprenticeship, studies, internship or \"Not sure yet\".");
    public static readonly LocalizedText AskDistrict = new(
        "In welchem Stadtteil von Trier wohnst du? Wenn dir der Ort egal ist, schreib „egal“.",
        "Which part of Trier do you live in? If the place doesn't matter, write \"any\".");
    public static readonly LocalizedText RetryDistrict = new(
        "Den Stadtteil kenne ich leider nicht. Schreib zum Beispiel „Trier-Nord“, „Tarforst“ oder „egal“.",
        "Sorry, I don't know that part of town. Write e.g. \"Trier-Nord\", \"Tarforst\" or \"any\".");

    public static readonly LocalizedText DontKnow = new("Weiß nicht", "Don't know");
    public static readonly LocalizedText NotSure = new("Noch unklar", "Not sure yet");
    public static readonly LocalizedText RatherNotSay = new("Sag ich lieber nicht", "Rather not say");
    public static readonly LocalizedText SchoolFinished = new("Schule schon fertig", "Finished school");

    public const string StudyCounselling = "Studienberatung Studium";
    public const string CareerCounselling = "Berufsberatung Ausbildung";
}
