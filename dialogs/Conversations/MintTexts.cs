using TrierBot.Dialogs.Texts;

namespace TrierBot.Dialogs.Conversations;

/// <summary>What the MINT dialog asks, named after its slots.</summary>
public static class MintTexts
{
    public static readonly LocalizedText AskAge = new(
        "Für welches Alter suchst du ein Angebot? Geht es um dich selbst, schreib einfach dein Alter. Für eine Schulklasse geht auch „Klasse 7“.",
        "What age are you looking for? If it's for yourself, just write your age. For a school class, \"grade 7\" works too.");
    public static readonly LocalizedText RetryAge = new("Schreib das Alter bitte als Zahl, zum Beispiel 11.", "Please write the age as a number, e.g. 11.");
    public static readonly LocalizedText AskInterest = new("Was klingt spannend?", "What sounds exciting?");
    public static readonly LocalizedText RetryInterest = new("Wähle bitte ein Thema aus der Liste – oder „Egal“.", "Please pick a topic from the list – or \"Anything\".");
    public static readonly LocalizedText AskWhen = new(
        "Wann soll es sein? Du kannst auch einen Zeitraum schreiben, zum Beispiel „vom 1. bis 15. April“.",
        "When should it be? You can also write a date range, e.g. \"April 1 to 15\".");
    public static readonly LocalizedText RetryWhen = new(
        "Das habe ich nicht verstanden. Wähle „In den Ferien“, „Nachmittags“ oder „Egal“ – oder schreib ein Datum.",
        "I didn't get that. Choose \"During the holidays\", \"Afternoons\" or \"Any time\" – or write a date.");
    public static readonly LocalizedText AskDateRange = new("Von wann bis wann? Zum Beispiel „nächste Woche“ oder „vom 1. bis 15. April“.", "From when to when? E.g. \"next week\" or \"April 1 to 15\".");
    public static readonly LocalizedText RetryDateRange = new("Schreib bitte ein Datum oder einen Zeitraum, zum Beispiel „im März“.", "Please write a date or a range, e.g. \"in March\".");
    public static readonly LocalizedText AskGirlsOnly = new("Soll es ein Angebot nur für Mädchen sein?", "Should it be an offer for girls only?");
    public static readonly LocalizedText RetryGirlsOnly = new("Antworte bitte mit Ja oder Nein.", "Please answer yes or no.");

    public static readonly LocalizedText Holidays = new("In den Ferien", "During the holidays");
    public static readonly LocalizedText Afternoons = new("Nachmittags", "Afternoons");
    public static readonly LocalizedText DateRange = new("Bestimmter Zeitraum", "Specific dates");
    public static readonly LocalizedText AnyTime = new("Egal", "Any time");
    public static readonly LocalizedText AnyTopic = new("Egal", "Anything");

    public const string OfficeTopic = "MINT Bildungsberatung";
}
