namespace TrierBot.Understanding;

/// <summary>
/// Phrase-list features for the intent classifier (what LUIS calls phrase lists): words that hint at
/// an intent become one extra feature each, so "lesekurs" and "ich kann nich gut lesen" share a
/// feature even when the training file never saw the exact word. The learner decides their weight;
/// they never decide the intent on their own.
/// </summary>
internal static class IntentCueLexicon
{
    public static KeywordLexicon Create() => new(Entries, ["lehrer", "lehrerin", "stunde", "studio", "feiern"]);

    private static readonly (string, string[])[] Entries =
    [
        ("career", ["beruf", "~beruf", "=job", "=jobs", "ausbild", "~ausbild", "azubi", "=lehre", "lehrstelle", "praktik", "~praktik", "bewerb", "~bewerb", "lebenslauf", "studi", "=uni", "=abi", "abitur", "=werden", "arbeiten", "schulabschluss", "~schulabschluss", "nach der schule", "=fsj", "bufdi", "freiwillig", "career", "internship", "apprentic", "=work", "=placement", "girls day", "boys day", "retribus", "=bock", "=schule", "abschlussklasse", "=schulabschluss", "=noten", "orientierung", "~orientierung"]),
        ("literacy", ["lesen", "~lesen", "=lese", "lesekurs", "schreib", "rechtschreib", "rechnen", "verrechne", "buchstab", "brief", "~brief", "formular", "=post", "=amt", "=amtes", "jobcenter", "alphabet", "~alphabet", "grundbildung", "lerncaf", "legasthen", "=read", "=reading", "=write", "=writing", "=letters", "=forms", "literacy", "=zahlen", "leichte sprache", "einfache sprache", "=verstehe", "=versteh"]),
        ("mint", ["robot", "~robot", "programm", "=coden", "=code", "coding", "techni", "~techni", "experiment", "forsch", "~forsch", "physik", "chemie", "~chemie", "=bio", "mathe", "~mathe", "=math", "=maths", "stern", "astro", "planet", "weltall", "teleskop", "=mint", "elektron", "informatik", "science", "=stem", "maker", "=3d", "hack", "=ki", "=lego", "minecraft", "arduino", "=scratch", "python", "=app", "=apps", "tuefteln", "erfind", "basteln", "loeten", "drohne", "rakete", "kinderuni", "labor"]),
        ("counselling", ["weiterbild", "~weiterbild", "fortbild", "~fortbild", "umschul", "~umschul", "umorient", "anerkenn", "~anerkenn", "anerkannt", "foerder", "gutschein", "bafoeg", "~bafoeg", "quereinst", "nachholen", "qualifi", "~qualifi", "zuschuss", "~zuschuss", "bildungsberat", "bildungsurlaub", "wiedereinstieg", "=meister", "=abschluss", "~abschluss", "diplom", "zeugnis", "recogni", "retrain", "funding", "further training", "elternzeit", "arbeitslos", "=career change", "beruflich"]),
        ("course", ["=kurs", "=kurse", "~kurs", "=course", "=courses", "=class", "=classes", "=vhs", "volkshochschule", "seminar", "workshop", "unterricht", "=lernen", "=learn", "sprache", "~sprache", "deutsch", "englisch", "=german", "=english", "=a1", "=a2", "=b1", "=b2"]),
        ("human", ["mensch", "=person", "=personen", "mitarbeiter", "berater", "ansprech", "=jemand", "=jemanden", "=jemandem", "anruf", "=anrufen", "telefon", "rueckruf", "~rueckruf", "telefonier", "hotline", "=human", "=someone", "=agent", "=call", "echte", "=real", "=bot", "maschine", "=reden", "=sprechen", "=talk", "weiterleit", "verbind", "=ruf", "=ruft", "rufen", "persoenlich", "=kontakt", "=termin", "vor ort"]),
        ("help", ["=hilfe", "=help", "funktionier", "=funktioniert", "=kannst", "=bist", "menue", "=menu", "=optionen", "=options", "erklaer", "benutz", "=wie geht das", "=was kannst", "=fragen", "=ask", "=can you do", "beispiel", "=check", "verwirrt", "confused", "=dich", "=chat", "=what is this", "=what are you", "=who made you", "=info", "=infos", "=wozu", "=wofuer"]),
        ("cancel", ["abbrech", "abbruch", "=stop", "=stopp", "aufhoer", "=vorne", "=anfang", "=anfangen", "neustart", "=neu", "=reset", "vergiss", "=cancel", "=quit", "restart", "=exit", "zurueck", "=halt", "=aus", "=beenden", "=never mind", "=forget", "=start over", "=doch nicht", "=lass mal", "=neue", "=ende", "=anderes", "=thema", "=lass", "vertan", "=abort", "=again", "=nicht mehr", "=gut sein"]),
        ("greeting", ["hallo", "=hi", "=hii", "=hey", "=heyy", "=moin", "servus", "guten tag", "guten morgen", "guten abend", "=gude", "=gudde", "hello", "=huhu", "=na", "=yo", "=jo", "=tach", "=tag", "gruess", "=howdy", "good morning", "good evening", "~hallo", "=halli", "=wie gehts", "=wie geht es", "=was geht", "=whats up", "=heyho", "=hallole"]),
        ("goodbye", ["tschues", "tschau", "=ciao", "=bye", "danke", "=thx", "thank", "=thanks", "wiedersehen", "bis dann", "bis morgen", "bis uebermorgen", "bis naechst", "bis demnaechst", "bis montag", "bis bald", "bis spaeter", "schoenen tag", "schoenen abend", "=machs", "=mach", "gute nacht", "=cheers", "=goodbye", "=see you", "=das wars", "=merci", "bye", "~bye", "=reicht", "sieht sich", "=baba", "=adios", "=tschoe", "wochenende schoenes", "=schoenes wochenende"]),
        ("homework", ["hausaufgab", "~hausaufgab", "aufsatz", "referat", "klausur", "hausarbeit", "homework", "=loese", "=loes", "loesung", "gleichung", "=aufgabe", "=aufgaben", "=mach meine", "=schreib mir", "=do my"]),
        ("relative", ["tochter", "=sohn", "=kind", "=kinder", "enkel", "neffe", "nichte", "=mutter", "=vater", "=mama", "=papa", "=mann", "=oma", "=opa", "bruder", "schwester", "klient", "bewohner", "schueler", "daughter", "=son", "=kids", "=child", "=mum", "=mom", "=dad", "=sozialarbeiter", "sozialarbeiterin", "betreuer", "=lehrer", "=lehrerin"]),
    ];
}
