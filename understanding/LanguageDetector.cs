namespace TrierBot.Understanding;

/// <summary>
/// "de" or "en" from the function words of the message. German unless English words clearly
/// outnumber German ones: most users write German, and a wrong "en" would answer them in English.
/// </summary>
internal static class LanguageDetector
{
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "i", "im", "iam", "you", "your", "can", "could", "how", "what", "where", "when", "who", "is", "are", "am",
        "my", "me", "for", "to", "of", "with", "want", "need", "help", "hello", "thanks", "thank", "please", "bye", "do", "does",
        "dont", "cant", "there", "any", "some", "looking", "internship", "course", "courses", "job", "learn", "read", "write",
        "school", "daughter", "son", "old", "years", "year", "this", "that", "and", "or", "near", "after", "find", "apprenticeship",
        "talk", "speak", "someone", "person", "human", "real", "over", "cancel", "good", "morning", "evening",
        "she", "he", "we", "they", "her", "his", "our", "their", "have", "has", "got", "just", "but", "only", "live", "lives", "u", "r", "ur", "club", "clubs",
        "fine", "thx", "anything", "german", "english", "bad", "sorry", "not", "from", "student", "doing", "does", "much", "cost", "free", "sign", "up",
        "offer", "offers", "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "tomorrow", "today", "holidays", "during", "study", "work", "training", "about", "like", "likes", "loves", "would", "should", "kids", "children",
    };

    private static readonly HashSet<string> German = new(StringComparer.Ordinal)
    {
        "ich", "du", "bin", "ist", "und", "der", "die", "das", "mit", "nicht", "nich", "was", "wie", "wo", "kann", "kannst", "ein",
        "eine", "einen", "hab", "habe", "mein", "meine", "meinen", "fuer", "auf", "zu", "lernen", "lesen", "schule", "bitte", "danke",
        "hallo", "tschuess", "moin", "hilfe", "gibt", "gibts", "es", "machen", "will", "moechte", "brauch", "brauche", "keine", "kein",
        "bock", "wir", "sie", "er", "auch", "noch", "oder", "aber", "wenn", "nach", "bei", "von", "im", "am", "ja", "nein", "sohn",
        "tochter", "jahre", "kurs", "ausbildung", "praktikum", "suche", "such", "ne", "nen", "mal", "jetzt", "hier", "wer", "wann",
    };

    public static string Detect(IReadOnlyList<string> tokens)
    {
        int english = 0, german = 0;
        foreach (var token in tokens)
        {
            if (English.Contains(token)) english++;
            if (German.Contains(token)) german++;
        }
        return english > german ? "en" : "de";
    }
}
