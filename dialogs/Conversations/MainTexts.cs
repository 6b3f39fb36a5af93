using TrierBot.Dialogs.Texts;

namespace TrierBot.Dialogs.Conversations;

/// <summary>What the main dialog says: welcome, menu, help, greetings.</summary>
public static class MainTexts
{
    public static readonly LocalizedText Welcome = new(
        "Hallo! Ich bin TrierBot vom Bildungsbüro der Stadt Trier. Ich finde Angebote zu Ausbildung, Studium, Lesen und Schreiben oder MINT – und die richtige Beratung.",
        "Hello! I'm TrierBot from the education office of the City of Trier. I help you find offers for apprenticeships, studies, reading and writing or STEM – and the right counselling.");

    public static readonly RegisterText AskTopic = CommonTexts.AskTopic;

    public static readonly RegisterText AnythingElse = new(
        "Kann ich sonst noch etwas für dich tun?",
        "Kann ich sonst noch etwas für Sie tun?",
        "Is there anything else I can do for you?");

    public static readonly RegisterText Greeting = new("Hallo! Schön, dass du da bist. Was suchst du?", "Guten Tag! Schön, dass Sie da sind. Was suchen Sie?", "Hi! Nice to have you here. What are you looking for?");

    public static readonly RegisterText Goodbye = CommonTexts.Goodbye;

    public static readonly RegisterText Help = new(
        "Ich finde Angebote und Beratung in Trier: Ausbildung, Studium und Praktikum, Lesen, Schreiben und Rechnen, MINT für Kinder und Jugendliche, Weiterbildung und Förderung. Schreib einfach, was du suchst, oder wähle ein Thema. Mit „zurück“ änderst du deine letzte Antwort, mit „neu starten“ fängst du von vorne an, und mit „Mensch“ verbinde ich dich mit einer Beraterin oder einem Berater.",
        "Ich finde Angebote und Beratung in Trier: Ausbildung, Studium und Praktikum, Lesen, Schreiben und Rechnen, MINT für Kinder und Jugendliche, Weiterbildung und Förderung. Schreiben Sie einfach, was Sie suchen, oder wählen Sie ein Thema. Mit „zurück“ ändern Sie Ihre letzte Antwort, mit „neu starten“ fangen Sie von vorne an, und mit „Mensch“ verbinde ich Sie mit einer Beraterin oder einem Berater.",
        "I find offers and counselling in Trier: apprenticeships, studies and internships, reading, writing and maths, STEM for children and young people, further training and funding. Just tell me what you need or pick a topic. Say \"back\" to change your last answer, \"restart\" to start over, and \"human\" to talk to a counsellor.");

    public static readonly RegisterText NotUnderstood = new(
        "Das habe ich leider nicht verstanden. Kein Problem – wähle einfach ein Thema:",
        "Das habe ich leider nicht verstanden. Kein Problem – wählen Sie einfach ein Thema:",
        "Sorry, I didn't understand that. No problem – just pick a topic:");

    public static readonly LocalizedText TopicCareer = new("Ausbildung & Studium", "Apprenticeship & studies");
    public static readonly LocalizedText TopicLiteracy = new("Lesen, Schreiben, Rechnen", "Reading, writing, maths");
    public static readonly LocalizedText TopicMint = new("MINT für Kinder & Jugendliche", "STEM for young people");
    public static readonly LocalizedText TopicCounselling = new("Bildungsberatung", "Education counselling");
    public static readonly LocalizedText TopicHuman = new("Mit einem Menschen sprechen", "Talk to a person");
}
