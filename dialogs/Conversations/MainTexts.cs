using TrierBot.Dialogs.Texts;

namespace TrierBot.Dialogs.Conversations;

/// <summary>What the main dialog says: welcome, menu, help, greetings.</summary>
public static class MainTexts
{
    public static readonly LocalizedText Welcome = new(
        "Hallo! Ich bin TrierBot vom Bildungsbüro der Stadt Trier. Ich helfe dir, Angebote zu Ausbildung, Studium, Lesen und Schreiben oder MINT zu finden – und die richtige Beratung.",
        "Hello! I'm TrierBot from the education office of the City of Trier. I help you find offers for apprenticeships, studies, reading and writing or STEM – and the right counselling.");

    public static readonly LocalizedText AskTopic = new(
        "Wobei kann ich dir helfen? Wähle ein Thema oder schreib mir einfach, was du suchst.",
        "What can I help you with? Pick a topic or just tell me what you are looking for.");

    public static readonly LocalizedText AnythingElse = new(
        "Kann ich sonst noch etwas für dich tun?",
        "Is there anything else I can do for you?");

    public static readonly LocalizedText Greeting = new("Hallo! Schön, dass du da bist.", "Hi! Nice to have you here.");

    public static readonly LocalizedText Goodbye = new(
        "Gerne! Alles Gute – du kannst jederzeit wiederkommen.",
        "You're welcome! All the best – come back any time.");

    public static readonly LocalizedText Help = new(
        "Ich finde Angebote und Beratung in Trier: Ausbildung, Studium und Praktikum, Lesen, Schreiben und Rechnen, MINT für Kinder und Jugendliche, Weiterbildung und Förderung. Schreib einfach, was du suchst, oder wähle ein Thema. Mit „zurück“ änderst du deine letzte Antwort, mit „neu starten“ fängst du von vorne an, und mit „Mensch“ verbinde ich dich mit einer Beraterin oder einem Berater.",
        "I find offers and counselling in Trier: apprenticeships, studies and internships, reading, writing and maths, STEM for children and young people, further training and funding. Just tell me what you need or pick a topic. Say \"back\" to change your last answer, \"restart\" to start over, and \"human\" to talk to a counsellor.");

    public static readonly LocalizedText NotUnderstood = new(
        "Das habe ich leider nicht verstanden. Kein Problem – wähle einfach ein Thema:",
        "Sorry, I didn't understand that. No problem – just pick a topic:");

    public static readonly LocalizedText TopicCareer = new("Ausbildung & Studium", "Apprenticeship & studies");
    public static readonly LocalizedText TopicLiteracy = new("Lesen, Schreiben, Rechnen", "Reading, writing, maths");
    public static readonly LocalizedText TopicMint = new("MINT für Kinder & Jugendliche", "STEM for young people");
    public static readonly LocalizedText TopicCounselling = new("Bildungsberatung", "Education counselling");
    public static readonly LocalizedText TopicHuman = new("Mit einem Menschen sprechen", "Talk to a person");
}
