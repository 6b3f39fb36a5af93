using TrierBot.Dialogs.Texts;

namespace TrierBot.Dialogs.Conversations;

/// <summary>What the engine says around offers and when it answers questions on the way.</summary>
public static class EngineTexts
{
    // Without "du" or "Sie": the first offers often come before we know who writes.
    public static readonly RegisterText Found = new("Diese Angebote passen am besten:", "Diese Angebote passen am besten:", "These fit best:");
    public static readonly RegisterText Widened = new(
        "Genau passend habe ich nichts gefunden – das kommt am nächsten (ähnliches Alter, ganz Trier, spätere Termine):",
        "Genau passend habe ich nichts gefunden. Das kommt am nächsten (ähnliches Alter, ganz Trier, spätere Termine):",
        "Nothing fits exactly – these come closest (similar ages, all of Trier, later dates):");
    public static readonly RegisterText NothingFits = new(
        "Ehrlich gesagt habe ich dafür kein passendes Angebot in meinen Daten. Die Beratung kennt noch mehr Möglichkeiten und hilft dir gern persönlich weiter – oder schreib „Mensch“, dann meldet sich jemand.",
        "Ehrlich gesagt habe ich dafür kein passendes Angebot in meinen Daten. Die Beratung kennt weitere Möglichkeiten und hilft Ihnen gern persönlich weiter – oder schreiben Sie „Mensch“, dann meldet sich jemand.",
        "Honestly, I have no fitting offer for that in my data. The counselling team knows more options and is happy to help in person – or write \"human\" and someone will get back to you.");
    public static readonly RegisterText Counselling = new("Persönliche Beratung dazu:", "Persönliche Beratung dazu:", "Personal counselling on this:");
    public static readonly RegisterText NoMore = new(
        "Mehr passende Angebote habe ich nicht. Die Beratung hilft dir gern weiter.",
        "Mehr passende Angebote habe ich nicht. Die Beratung hilft Ihnen gern weiter.",
        "I have no more fitting offers. The counselling team is happy to help.");
    public static readonly RegisterText CostFree = new("„{0}“ ist kostenlos.", "„{0}“ ist kostenlos.", "\"{0}\" is free.");
    public static readonly RegisterText CostAmount = new("„{0}“ kostet {1}.", "„{0}“ kostet {1}.", "\"{0}\" costs {1}.");
    public static readonly RegisterText CostUnknown = new(
        "Was „{0}“ kostet, steht nicht dabei. Frag am besten direkt nach: {1}",
        "Was „{0}“ kostet, steht nicht dabei. Fragen Sie am besten direkt nach: {1}",
        "The price of \"{0}\" isn't listed. Best ask directly: {1}");
    public static readonly RegisterText RegistrationNeeded = new("Für „{0}“ musst du dich anmelden{1}.", "Für „{0}“ ist eine Anmeldung nötig{1}.", "\"{0}\" needs registration{1}.");
    public static readonly RegisterText RegistrationNotNeeded = new("Für „{0}“ musst du dich nicht anmelden – einfach hingehen.", "Für „{0}“ ist keine Anmeldung nötig – einfach hingehen.", "\"{0}\" needs no registration – just go.");
    public static readonly RegisterText RegistrationUnknown = new(
        "Ob man sich für „{0}“ anmelden muss, steht nicht dabei. Frag am besten nach: {1}",
        "Ob man sich für „{0}“ anmelden muss, steht nicht dabei. Fragen Sie am besten nach: {1}",
        "Whether \"{0}\" needs registration isn't listed. Best ask: {1}");
    public static readonly RegisterText WhenIs = new("„{0}“: {1}.", "„{0}“: {1}.", "\"{0}\": {1}.");
    public static readonly RegisterText WhereIs = new("„{0}“ findet hier statt: {1}.", "„{0}“ findet hier statt: {1}.", "\"{0}\" takes place here: {1}.");
    public static readonly RegisterText Anonymous = new(
        "Die Beratung ist vertraulich, und du kannst auch anonym anrufen – du musst deinen Namen nicht sagen. Niemand sonst erfährt davon.",
        "Die Beratung ist vertraulich. Sie können auch anonym anrufen – Sie müssen Ihren Namen nicht sagen. Niemand sonst erfährt davon, auch nicht der Arbeitgeber.",
        "Counselling is confidential, and you can call anonymously – you don't have to give your name. Nobody else finds out.");
    public static readonly RegisterText InEnglish = new(
        "Of course – we can go on in English. Just write in English, and I'll answer in English.",
        "Of course – we can go on in English. Just write in English, and I'll answer in English.",
        "Of course – we can go on in English, no problem. Just tell me what you are looking for, and I'll answer in English.");
    public static readonly RegisterText OnRequest = new("auf Nachfrage", "auf Nachfrage", "on request");
}
