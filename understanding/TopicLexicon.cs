using TrierBot.Knowledge;

namespace TrierBot.Understanding;

/// <summary>
/// Words users write for the store's categories (<see cref="Categories"/>), folded (ä → ae).
/// Pattern syntax: see <see cref="KeywordLexicon"/>. Kept as code because the categories are code.
/// </summary>
internal static class TopicLexicon
{
    public static KeywordLexicon Create() => new(Entries, NeverFuzzy);

    /// <summary>
    /// The lexicon for the topic entities: <see cref="Entries"/> plus <see cref="EntityOnlyEntries"/>. The intent
    /// classifier's features use <see cref="Create"/> alone — it was tuned on those, and a new feature shifts it.
    /// </summary>
    public static KeywordLexicon CreateForEntities() => new([.. Entries, .. EntityOnlyEntries], NeverFuzzy);

    private static readonly (string, string[])[] EntityOnlyEntries =
    [
        // making games is where most young people meet programming: "will games machen", "was mit gaming"
        (Categories.Programmieren, ["=games", "gamedesign", "computerspiel", "videospiel", "gaming", "spiele bauen"]),
    ];

    // real words one typo away from a pattern that mean something else
    private static readonly string[] NeverFuzzy = ["lehrer", "lehrerin", "lesbar", "leiser", "reiten", "rechnung", "rechner", "ferien", "feiern", "stunde", "studio", "kirche"];

    private static readonly (string, string[])[] Entries =
    [
        (Categories.Handwerk, ["handwerk", "~handwerk", "schreiner", "tischler", "elektriker", "maurer", "dachdecker", "maler", "lackierer", "friseur", "frisoer", "friseuse", "baecker", "metzger", "fleischer", "kfz", "mechaniker", "~mechaniker", "zimmerer", "zimmermann", "klempner", "sanitaer", "installateur", "schlosser", "schweiss", "werkstatt", "craft", "carpenter", "plumber", "mechanic", "electrician", "bricklayer", "hairdress"]),
        (Categories.Soziales, ["!sozialarbeiter", "sozial", "=soziales", "erzieher", "kita", "kindergarten", "sozialarbeit", "heilerziehung", "social", "mit menschen arbeiten", "mit kindern arbeiten"]),
        (Categories.TechnikIt, ["!computerkurs", "technik", "~technik", "=it", "informatik", "~informatik", "informatiker", "elektronik", "elektro", "mechatron", "~mechatron", "computer", "tech", "ingenieur", "engineer", "technisch", "it bereich"]),
        (Categories.Gesundheit, ["gesundheit", "medizin", "=arzt", "aerztin", "=mfa", "krankenhaus", "klinik", "apotheke", "physio", "zahnarzt", "rettung", "sanitaeter", "health", "medical", "doctor", "hospital"]),
        (Categories.Pflege, ["pflege", "~pflege", "krankenschwester", "nurse", "nursing", "altenheim", "pflegeheim", "=care", "caregiver"]),
        (Categories.Wirtschaft, ["wirtschaft", "~wirtschaft", "buero", "kaufmann", "kauffrau", "~kaufmann", "~kauffrau", "=bwl", "verwaltung", "=bank", "bankkauf", "business", "=office", "einzelhandel", "verkaeufer", "verkauf", "buchhaltung", "buchfuehrung", "marketing", "accounting"]),
        (Categories.Kreatives, ["kreativ", "kunst", "=design", "designer", "musik", "theater", "foto", "=medien", "mediengestalt", "zeichne", "zeichnen", "malen", "malkurs", "gitarre", "klavier", "=art", "creative", "music", "photo", "drawing"]),
        (Categories.Natur, ["=natur", "naturschutz", "umwelt", "=tier", "=tiere", "=tieren", "tierpfleg", "=garten", "gartenbau", "gaertner", "landwirt", "forstwirt", "foerster", "=wald", "pflanzen", "animal", "nature", "gardening", "environment"]),
        (Categories.Ausbildung, ["ausbildung", "~ausbildung", "ausbilden", "azubi", "=lehre", "lehrstelle", "apprentice", "trainee", "job training"]),
        (Categories.Studium, ["studium", "studier", "studien", "studiengang", "=uni", "universitaet", "hochschule", "=fh", "=study", "university", "college", "=studieren"]),
        (Categories.Praktikum, ["praktikum", "~praktikum", "praktika", "praktikant", "schnupper", "internship", "work placement", "work experience"]),
        (Categories.Bewerbung, ["bewerbung", "~bewerbung", "bewerben", "=bewerb", "=bewerbe", "=bewirb", "beworben", "lebenslauf", "anschreiben", "vorstellungsgespraech", "application", "=cv", "resume", "job interview"]),
        (Categories.Freiwilligendienst, ["freiwillig", "=fsj", "=foej", "=bfd", "bufdi", "bundesfreiwillig", "soziales jahr", "volunteer", "voluntary", "gap year"]),
        (Categories.Robotik, ["robot", "~robot", "robotik", "mindstorms", "=robo"]),
        (Categories.Programmieren, ["programmier", "=coden", "=code", "coding", "codieren", "=scratch", "python", "=java", "javascript", "=arduino", "programming", "programmer", "app entwickeln", "apps programmieren", "game design", "spiele entwickeln", "spiele programmieren"]),
        (Categories.Experimente, ["experiment", "~experiment", "forschen", "forscher", "~forscher", "chemie", "~chemie", "physik", "biologie", "=bio", "=labor", "schuelerlabor", "naturwissenschaft", "science", "chemistry", "physics", "biology"]),
        (Categories.Mathematik, ["mathe", "~mathe", "mathematik", "=math", "=maths"]),
        (Categories.Astronomie, ["stern", "~sterne", "sternwarte", "astronom", "astro", "planet", "weltall", "weltraum", "teleskop", "=space", "=stars", "astronomy"]),
        (Categories.Lesen, ["lesen", "buchstab", "=lese", "lesekurs", "~lesen", "leseprobleme", "=reading", "learn to read", "=read"]),
        (Categories.Schreiben, ["=schreiben", "schreiben lernen", "schreibkurs", "rechtschreib", "schreiben ueben", "richtig schreiben", "=writing", "=spelling", "learn to write"]),
        (Categories.Rechnen, ["rechnen", "=rechne", "kopfrechnen", "grundrechen", "einmaleins", "numeracy"]),
        (Categories.Digitales, ["digital", "handy", "smartphone", "internet", "=email", "e mail", "online banking", "=tablet", "=laptop", "=excel", "=word", "powerpoint", "=edv", "=pc kurs", "computerkurs", "=pc"]),
        (Categories.Sprachen, ["sprachkurs", "~sprachkurs", "=sprachen", "sprachen lernen", "fremdsprache", "~fremdsprache", "gebaerdensprache", "deutschkurs", "deutsch lernen", "=deutsch fuer", "=deutsch kurs", "=german course", "=deutsch a1", "=deutsch a2", "=deutsch b1", "=deutsch b2", "englisch", "franzoesisch", "spanisch", "italienisch", "arabisch", "tuerkisch", "russisch", "integrationskurs", "sprachcafe", "language", "=german", "=english", "=a1", "=a2", "=b1", "=b2", "=c1"]),
        (Categories.Weiterbildung, ["weiterbild", "~weiterbild", "fortbild", "~fortbild", "qualifizierung", "lehrgang", "further training", "=meister", "fachwirt"]),
        (Categories.Umschulung, ["umschul", "~umschul", "retraining", "=retrain", "neuer beruf", "neuen beruf"]),
        (Categories.Anerkennung, ["anerkenn", "~anerkenn", "anerkannt", "=recognition", "recognised", "recognized"]),
        (Categories.Foerderung, ["foerderung", "~foerderung", "bildungsgutschein", "gutschein", "bafoeg", "~bafoeg", "zuschuss", "~zuschuss", "finanzier", "stipendium", "bildungspraemie", "funding", "=grant", "scholarship"]),
    ];
}
