using TrierBot.Dialogs.Texts;

namespace TrierBot.Dialogs.Conversations;

/// <summary>What career and study orientation asks, named after its slots.</summary>
public static class CareerOrientationTexts
{
    public static readonly LocalizedText AskAge = new(
        "Wie alt bist du? Du kannst auch deine Klasse schreiben.",
        "How old is the person the offer is for?");
    public static readonly RegisterText AskInterests = new(
        "Was interessiert dich – zum Beispiel Handwerk, Technik, Soziales oder Gesundheit? Wenn du es noch nicht weißt, zeige ich dir erst mal ein paar Beispiele.",
        "Wofür interessiert sich die Person – zum Beispiel Handwerk, Technik, Soziales oder Gesundheit?",
        "What are they into – for example crafts, tech, social work or health?");
    public static readonly RegisterText AskPath = new("Suchst du eine Ausbildung, ein Studium oder erst mal ein Praktikum?", "Geht es um eine Ausbildung, ein Studium oder ein Praktikum?", "Apprenticeship, studies or an internship first?");
    public static readonly RegisterText AskSchoolType = new("Auf welche Schule gehst du?", "Auf welche Schule geht die Person?", "Which school do they go to?");
    public static readonly LocalizedText AskDistrict = new("In welchem Stadtteil wohnst du? Wenn der Ort egal ist, schreib „egal“.", "Which part of Trier do you live in? If the place doesn't matter, write \"any\".");

    public const string StudyCounselling = "Studienberatung Studium";
    public const string CareerCounselling = "Berufsberatung Ausbildung";
}
