namespace TrierBot.Handoff;

/// <summary>
/// What the hand-off tells the user, German first ("Sie" when the dialogs addressed the person so, see
/// <see cref="HandoffCase.Formal"/>), English when the conversation is English. In the turn that
/// starts a hand-off the queue's notice is the only message the user reads (the middleware drops what the dialogs
/// add after the initiation), so it says everything about what happens now: team, waiting time or office hours.
/// </summary>
public static class HandoffTexts
{
    /// <summary>The one message of a hand-off turn in office hours: what happens now, that the bot is quiet, how to go back.</summary>
    public static string Waiting(bool en, string team, TimeSpan timeout, bool formal = false) => en
        ? $"You are now in the queue for our {team} team. Usually someone replies here in the chat within {Minutes(timeout)} minutes – you won't have to explain everything again. Until then I'll stay quiet. Type \"cancel\" to go back to me, the bot."
        : formal
            ? $"Sie sind jetzt in der Warteschlange beim Team {team}. Meistens meldet sich innerhalb von {Minutes(timeout)} Minuten jemand hier im Chat – Sie müssen nichts noch einmal erklären. Bis dahin bin ich still. Wenn Sie doch lieber mit mir weiterschreiben möchten, schreiben Sie einfach „abbrechen“."
            : $"Du bist jetzt in der Warteschlange beim Team {team}. Meistens meldet sich innerhalb von {Minutes(timeout)} Minuten jemand hier im Chat – du musst nichts noch einmal erklären. Bis dahin bin ich still. Wenn du doch lieber mit mir weiterschreiben möchtest, schreib einfach „abbrechen“.";

    /// <summary>
    /// The one message of a hand-off turn outside office hours: no promise of a quick answer, but when someone is
    /// back (<paramref name="back"/>: "am Montag ab 8 Uhr"), the callback offer and the office's own contacts.
    /// </summary>
    public static string OutsideOfficeHours(bool en, string hours, string back, string contact, bool formal = false) => en
        ? $"Right now nobody is in the office – we are there {hours}, next {back}. Your request stays in the queue until then. If you'd rather not wait, we can call you back or write you an e-mail. You can also reach us directly: {contact}"
        : formal
            ? $"Gerade ist leider niemand im Büro – wir sind {hours} für Sie da, das nächste Mal {back}. Bis dahin bleibt Ihre Anfrage in der Warteschlange. Wenn Sie nicht warten möchten, rufen wir Sie gern zurück oder schreiben Ihnen eine E-Mail. Sie erreichen uns auch direkt: {contact}"
            : $"Gerade ist leider niemand im Büro – wir sind {hours} für dich da, das nächste Mal {back}. Bis dahin bleibt deine Anfrage in der Warteschlange. Wenn du nicht warten möchtest, rufen wir dich gern zurück oder schreiben dir eine E-Mail. Du erreichst uns auch direkt: {contact}";

    public static string NobodyFree(bool en, bool formal = false) => en
        ? "I'm sorry, all counsellors are busy at the moment. You can keep waiting, or we call you back or write you an e-mail."
        : formal
            ? "Es tut mir leid, gerade sind alle Beraterinnen und Berater beschäftigt. Sie können weiter warten – oder wir rufen Sie zurück oder schreiben Ihnen eine E-Mail."
            : "Es tut mir leid, gerade sind alle Beraterinnen und Berater beschäftigt. Du kannst weiter warten – oder wir rufen dich zurück oder schreiben dir eine E-Mail.";

    public static string CallbackChoice(bool en) => en ? "Call me back" : "Rückruf";
    public static string EmailChoice(bool en) => en ? "E-mail" : "E-Mail";
    public static string ContactsChoice(bool en) => en ? "Contacts" : "Kontaktdaten";
    public static string KeepWaitingChoice(bool en) => en ? "Keep waiting" : "Weiter warten";
    public static string CancelChoice(bool en) => en ? "Cancel" : "Abbrechen";

    public static string AskPhone(bool en, bool formal = false) => en
        ? "Which phone number can we call you on? We only use it for this call back."
        : formal
            ? "Unter welcher Telefonnummer können wir Sie erreichen? Wir nutzen sie nur für diesen Rückruf."
            : "Unter welcher Telefonnummer können wir dich erreichen? Wir nutzen sie nur für diesen Rückruf.";

    public static string AskEmail(bool en, bool formal = false) => en
        ? "Which e-mail address should we write to? We only use it to answer you."
        : formal
            ? "An welche E-Mail-Adresse dürfen wir Ihnen schreiben? Wir nutzen sie nur für die Antwort."
            : "An welche E-Mail-Adresse dürfen wir dir schreiben? Wir nutzen sie nur für die Antwort.";

    public static string CallbackStored(bool en, bool phone, bool formal = false) => en
        ? (phone ? "Thank you! We'll call you back as soon as we can, on working days. Until then you can keep chatting with me." : "Thank you! We'll write to you as soon as we can. Until then you can keep chatting with me.")
        : formal
            ? (phone ? "Danke! Wir rufen Sie so bald wie möglich zurück, an Werktagen. Bis dahin können Sie gern weiter mit mir schreiben." : "Danke! Wir schreiben Ihnen so bald wie möglich. Bis dahin können Sie gern weiter mit mir schreiben.")
            : (phone ? "Danke! Wir rufen dich so bald wie möglich zurück, an Werktagen. Bis dahin kannst du gern weiter mit mir schreiben." : "Danke! Wir schreiben dir so bald wie möglich. Bis dahin kannst du gern weiter mit mir schreiben.");

    public static string KeepWaiting(bool en, bool formal = false) => en ? "Alright, you stay in the queue." : formal ? "Alles klar, Sie bleiben in der Warteschlange." : "Alles klar, du bleibst in der Warteschlange.";

    public static string Cancelled(bool en, bool formal = false) => en
        ? "Okay, you have left the queue. I'm here for you again – what would you like to know?"
        : formal
            ? "Gut, Sie sind nicht mehr in der Warteschlange. Ich bin wieder für Sie da – was möchten Sie wissen?"
            : "Okay, du bist nicht mehr in der Warteschlange. Ich bin wieder für dich da – was möchtest du wissen?";

    public static string Accepted(bool en, string name, bool formal = false) => en
        ? $"{name} from the education office is with you now."
        : $"{name} vom Bildungsbüro ist jetzt für {(formal ? "Sie" : "dich")} da.";

    public static string Transferred(bool en, string team, bool formal = false) => en
        ? $"I have passed your question on to our {team} team. Someone from there will reply soon."
        : $"Ich habe {(formal ? "Ihre" : "deine")} Frage an das Team {team} weitergegeben. Von dort meldet sich gleich jemand.";

    public static string HandedBack(bool en, bool formal = false) => en
        ? "The conversation with the counsellor has ended. You are chatting with me, the bot, again – just write what you are looking for."
        : formal
            ? "Das Gespräch mit der Beratung ist beendet. Sie schreiben jetzt wieder mit mir, dem Bot – schreiben Sie einfach, was Sie suchen."
            : "Das Gespräch mit der Beratung ist beendet. Du schreibst jetzt wieder mit mir, dem Bot – schreib einfach, was du suchst.";

    public static string Failed(bool en, bool formal = false) => en
        ? "I'm sorry, the connection to a counsellor did not work. You are chatting with me, the bot, again."
        : formal
            ? "Es tut mir leid, die Verbindung zur Beratung hat nicht geklappt. Sie schreiben jetzt wieder mit mir, dem Bot."
            : "Es tut mir leid, die Verbindung zur Beratung hat nicht geklappt. Du schreibst jetzt wieder mit mir, dem Bot.";

    public static string ConfirmDeletion(bool en) => en
        ? "Should I delete everything you wrote here and what I remember about you? This cannot be undone."
        : "Soll ich alles löschen, was du hier geschrieben hast und was ich mir über dich gemerkt habe? Das lässt sich nicht rückgängig machen.";

    public static string YesDelete(bool en) => en ? "Yes, delete" : "Ja, löschen";
    public static string NoKeep(bool en) => en ? "No" : "Nein";

    public static string Deleted(bool en) => en
        ? "Done: your data is deleted. If you write again, we start fresh."
        : "Erledigt: Deine Daten sind gelöscht. Wenn du wieder schreibst, fangen wir ganz neu an.";

    public static string NotDeleted(bool en) => en ? "Okay, nothing was deleted." : "Okay, ich habe nichts gelöscht.";

    private static int Minutes(TimeSpan timeout) => Math.Max(1, (int)Math.Round(timeout.TotalMinutes));
}
