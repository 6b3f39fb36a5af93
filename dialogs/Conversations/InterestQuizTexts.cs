using TrierBot.Dialogs.Texts;
using TrierBot.Knowledge;

namespace TrierBot.Dialogs.Conversations;

/// <summary>The interest quiz: one yes/no question per interest.</summary>
public static class InterestQuizTexts
{
    public static readonly LocalizedText Intro = new(
        "Kein Problem, das geht vielen so! Ich stelle dir sechs kurze Fragen. Antworte einfach mit Ja oder Nein.",
        "No problem, lots of people feel that way! I'll ask you six short questions. Just answer yes or no.");

    public static readonly LocalizedText Retry = new("Antworte bitte mit Ja oder Nein.", "Please answer yes or no.");

    public static readonly LocalizedText Result = new("Danke! Dich könnte {0} interessieren.", "Thanks! {0} could be for you.");

    public static readonly LocalizedText NoClearResult = new(
        "Danke! Du bist offen für vieles – ich zeige dir Angebote aus verschiedenen Bereichen.",
        "Thanks! You're open to lots of things – I'll show you offers from different fields.");

    public static readonly IReadOnlyList<(string Category, LocalizedText Question)> Questions =
    [
        (Categories.Handwerk, new("Baust, reparierst oder bastelst du gern etwas mit den Händen?", "Do you like building, fixing or making things with your hands?")),
        (Categories.Soziales, new("Hilfst du gern anderen Menschen, zum Beispiel Kindern oder älteren Leuten?", "Do you like helping other people, e.g. children or older people?")),
        (Categories.TechnikIt, new("Findest du Computer, Handys oder Technik spannend?", "Do you find computers, phones or technology exciting?")),
        (Categories.Gesundheit, new("Interessiert dich, wie der Körper funktioniert und wie man gesund bleibt?", "Are you interested in how the body works and how to stay healthy?")),
        (Categories.Wirtschaft, new("Organisierst du gern, hast gern den Überblick und rechnest gern mit Geld?", "Do you like organising, keeping track of things and working with money?")),
        (Categories.Kreatives, new("Malst, gestaltest, fotografierst oder musizierst du gern?", "Do you like drawing, designing, taking photos or making music?")),
    ];
}
