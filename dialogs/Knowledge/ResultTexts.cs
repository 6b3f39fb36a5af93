using TrierBot.Dialogs.Texts;

namespace TrierBot.Dialogs.Knowledge;

/// <summary>What the bot says around search results.</summary>
public static class ResultTexts
{
    public static readonly LocalizedText Found = new("Das passt am besten zu dir:", "These fit you best:");

    public static readonly LocalizedText Widened = new(
        "Für genau deine Angaben habe ich leider nichts gefunden. Ich habe die Suche erweitert – ähnliches Alter, ganz Trier, auch spätere Termine:",
        "Sorry, nothing fits exactly what you told me. I widened the search – similar ages, all of Trier, later dates too:");

    public static readonly LocalizedText NothingFound = new(
        "Ich habe ehrlich gesagt nichts Passendes gefunden, auch nicht mit einer weiteren Suche. Die Beratung kennt noch mehr Möglichkeiten und hilft dir gern persönlich weiter:",
        "Honestly, I found nothing that fits, not even with a wider search. The counselling team knows more options and is happy to help you in person:");

    // The same, addressed with "Sie" in einfacher Sprache (literacy: the learners are adults).
    public static readonly LocalizedText FoundFormal = new("Das passt gut für Sie:", "These fit you well:");

    public static readonly LocalizedText WidenedFormal = new(
        "Genau passend habe ich nichts gefunden. Ich habe weiter gesucht. Das habe ich gefunden:",
        "Nothing fits exactly. I searched a bit wider. This is what I found:");

    public static readonly LocalizedText NothingFoundFormal = new(
        "Ich habe leider nichts Passendes gefunden. Die Beratung hilft Ihnen gern weiter:",
        "Sorry, I found nothing that fits. The counselling team is happy to help you:");

    public static readonly LocalizedText Counselling = new("Persönliche Beratung dazu:", "Personal counselling on this:");

    public static readonly LocalizedText NoMore = new(
        "Mehr passende Angebote habe ich leider nicht. Die Beratung hilft dir gern weiter – oder schreib mir, was du sonst suchst.",
        "Sorry, I have no more matching offers. The counselling team is happy to help – or tell me what else you are looking for.");

    public static readonly LocalizedText NoSearchYet = new("Wir haben noch nichts gesucht. Was suchst du?", "We haven't searched anything yet. What are you looking for?");
}
