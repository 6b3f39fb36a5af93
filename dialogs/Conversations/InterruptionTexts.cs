using TrierBot.Dialogs.Texts;

namespace TrierBot.Dialogs.Conversations;

/// <summary>What the bot says when the user interrupts a dialog.</summary>
public static class InterruptionTexts
{
    public static readonly LocalizedText Restarted = new("Okay, wir fangen neu an.", "Okay, let's start over.");

    public static readonly LocalizedText NothingToGoBackTo = new("Wir sind schon am Anfang.", "We are already at the start.");

    public static readonly LocalizedText GoingBack = new("Okay, dann noch einmal:", "Okay, once more:");

    public static readonly LocalizedText TopicChanged = new("Alles klar, dann schauen wir jetzt nach etwas anderem.", "Alright, let's look at something else then.");

    public static readonly LocalizedText CalmAnswer = new(
        "Ich merke, dass dich gerade etwas ärgert. Das ist okay. Ich bin ein Programm und möchte dir gern helfen – lass uns schauen, was ich für dich tun kann.",
        "I can tell something is bothering you. That's okay. I'm a program and I'd like to help – let's see what I can do for you.");

    public static readonly LocalizedText OfferHuman = new(
        "Ich verstehe dich gerade leider nicht gut. Möchtest du lieber mit einem Menschen aus der Beratung sprechen?",
        "Sorry, I'm having trouble understanding you. Would you rather talk to a person from our counselling team?");

    public static readonly LocalizedText ResumeOrRestart = new(
        "Schön, dass du wieder da bist! Sollen wir da weitermachen, wo wir aufgehört haben, oder neu anfangen?",
        "Welcome back! Shall we continue where we left off, or start over?");

    public static readonly LocalizedText Resume = new("Weitermachen", "Continue");
    public static readonly LocalizedText Restart = new("Neu anfangen", "Start over");
    public static readonly LocalizedText Continuing = new("Gut, weiter geht's.", "Good, let's continue.");
}
