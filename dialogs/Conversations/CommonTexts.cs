using TrierBot.Dialogs.Texts;

namespace TrierBot.Dialogs.Conversations;

/// <summary>What the engine says in every topic, in "du", "Sie" and English.</summary>
public static class CommonTexts
{
    public static readonly RegisterText AskForWhom = new("Suchst du für dich selbst?", "Suchen Sie für sich selbst oder für eine andere Person?", "Are you looking for yourself or for someone else?");
    /// <summary>Asked before we know who writes or for whom: without "du" or "Sie".</summary>
    public static readonly RegisterText AskAge = new(
        "Für welches Alter soll das Angebot sein?",
        "Für welches Alter soll das Angebot sein?",
        "What age should the offer be for?");
    public static readonly RegisterText AskAgeOther = new(
        "Wie alt ist die Person, für die das Angebot sein soll?",
        "Wie alt ist die Person, für die das Angebot sein soll?",
        "How old is the person the offer is for?");
    public static readonly RegisterText AskAgeSelf = new("Wie alt bist du? Du kannst auch deine Klasse schreiben.", "Wie alt sind Sie?", "How old are you?");
    public static readonly RegisterText AskDistrict = new(
        "In welchem Stadtteil wohnst du? Wenn der Ort egal ist, schreib „egal“.",
        "In welchem Stadtteil wohnen Sie? Wenn der Ort egal ist, schreiben Sie „egal“.",
        "Which part of Trier do you live in? If the place doesn't matter, write \"any\".");
    public static readonly RegisterText AskWhen = new(
        "Wann hast du Zeit – zum Beispiel nachmittags, am Wochenende oder in den Ferien?",
        "Wann passt es zeitlich – zum Beispiel vormittags, abends oder am Wochenende?",
        "When would suit – for example afternoons, evenings or weekends?");
    public static readonly RegisterText Understood = new("Alles klar, {0}.", "Alles klar, {0}.", "Got it, {0}.");
    public static readonly RegisterText NotUnderstood = new(
        "Das habe ich nicht ganz verstanden.",
        "Das habe ich nicht ganz verstanden.",
        "Sorry, I didn't quite get that.");
    public static readonly RegisterText OfferHuman = new(
        "Ich verstehe dich gerade leider nicht gut. Möchtest du lieber mit einem Menschen aus der Beratung sprechen? Schreib einfach „Mensch“.",
        "Ich verstehe Sie gerade leider nicht gut. Möchten Sie lieber mit einem Menschen aus der Beratung sprechen? Schreiben Sie einfach „Mensch“.",
        "Sorry, I'm having trouble understanding. Would you rather talk to a person from our counselling team? Just write \"human\".");
    // The "du" text without "du": the menu usually comes before we know who writes.
    public static readonly RegisterText AskTopic = new(
        "Wobei kann ich helfen? Einfach ein Thema wählen oder in eigenen Worten schreiben, worum es geht.",
        "Wobei kann ich helfen? Wählen Sie ein Thema oder schreiben Sie einfach, was Sie suchen.",
        "What can I help with? Pick a topic or just tell me what you are looking for.");
    public static readonly RegisterText SwitchedTopic = new("Alles klar, dann schauen wir danach.", "Gern, dann schaue ich danach.", "Sure, let me look for that.");
    public static readonly RegisterText English = new(
        "No problem, we can continue in English.",
        "No problem, we can continue in English.",
        "No problem – we can continue in English. What are you looking for?");
    public static readonly RegisterText AnythingElse = new(
        "Möchtest du noch etwas eingrenzen oder wissen?",
        "Möchten Sie noch etwas eingrenzen oder wissen?",
        "Would you like to narrow it down or know more?");
    public static readonly RegisterText PhoneIntro = new("Du kannst auch anrufen: {0}.", "Sie können auch anrufen: {0}. Sie müssen Ihren Namen nicht sagen.", "You can also call: {0}.");
    public static readonly RegisterText PhoneHours = new("Erreichbar: {0}.", "Die Zeiten: {0}.", "Opening hours: {0}.");
    public static readonly RegisterText NoPhone = new(
        "Schreib „Mensch“, dann meldet sich jemand aus der Beratung.",
        "Schreiben Sie „Mensch“. Dann meldet sich jemand aus der Beratung.",
        "Write \"human\" and a counsellor will get back to you.");
    public static readonly RegisterText Goodbye = new("Gern! Alles Gute – du kannst jederzeit wiederkommen.", "Gern! Alles Gute – Sie können jederzeit wiederkommen.", "You're welcome! All the best – come back any time.");

    public static readonly LocalizedText RefineEvenings = new("nur abends", "evenings only");
    public static readonly LocalizedText RefineWeekend = new("am Wochenende", "at weekends");
    public static readonly LocalizedText RefineNearby = new("in meiner Nähe", "near me");
    public static readonly LocalizedText RefineHolidays = new("in den Ferien", "in the holidays");
    public static readonly LocalizedText More = new("Mehr", "More");
}
