namespace TrierBot.Understanding;

/// <summary>
/// Finds the words a message rules out: "nicht büro", "kein sport", "bloß nix mit computern", "alles außer Pflege",
/// "weder Pflege noch Büro", "no office". A negation reaches over a few filler words ("nix mit", "keinen Bock auf")
/// to the next content word and along "und"/"oder"/"noch" to the ones coordinated with it; it stops at a comma or a
/// full stop. Ability is no wish ("ich kann nicht lesen", "kann kein Deutsch"), and a few set phrases negate nothing
/// ("keine Ahnung", "weiß nicht", "nicht nur").
/// </summary>
public static class TopicNegation
{
    /// <summary>The separator token put between clauses and in place of ruled-out words: it matches no pattern.</summary>
    public const string Gap = "_";

    private static readonly HashSet<string> Cues = new(StringComparer.Ordinal)
    {
        "nicht", "nich", "net", "kein", "keine", "keinen", "keinem", "keiner", "keins", "nix", "nichts", "ohne", "ausser", "weder",
        "not", "no", "except", "without", "nothing", "but",
    };

    // between the negation and the word it rules out
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "mit", "was", "so", "sowas", "irgendwas", "etwas", "im", "in", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "als", "fuer",
        "zu", "zum", "zur", "bereich", "richtung", "gerne", "gern", "unbedingt", "wirklich", "bock", "lust", "auf", "interesse", "an", "am", "mehr",
        "sehr", "ganz", "mal", "fall", "falls", "irgendwie", "irgendwo", "beruf", "berufe", "job", "jobs", "sachen", "sache", "thema", "themen",
        "with", "the", "a", "any", "anything", "something", "to", "do", "into", "interested", "really",
    };

    // after these the next content word is still ruled out: "kein sport oder buero", "weder pflege noch buero"
    private static readonly HashSet<string> Coordinators = new(StringComparer.Ordinal) { "und", "oder", "noch", "auch", "and", "or", "nor" };

    // "ich kann nicht lesen" is what the person needs, not what they rule out
    private static readonly HashSet<string> Ability = new(StringComparer.Ordinal)
    {
        "kann", "kannst", "koennen", "konnte", "kan", "koennte", "schaffe", "verstehe", "can", "cant", "cannot", "could", "couldnt",
    };

    // set phrases with a negation that rule nothing out
    private static readonly HashSet<string> Idioms = new(StringComparer.Ordinal)
    {
        "ahnung", "plan", "problem", "sicher", "schlimm", "nur", "only", "sure", "idea", "worries", "just", "mehr", "lange", "viel", "genau", "wichtig", "egal",
        "matter", "bad", "much",
    };

    private static readonly HashSet<string> Know = new(StringComparer.Ordinal) { "weiss", "weis", "wees", "know", "dont", "sure" };

    /// <summary>
    /// The message's tokens with every ruled-out word replaced by <see cref="Gap"/> (clauses joined with it too),
    /// and the ruled-out stretches themselves.
    /// </summary>
    public static (string[] Kept, List<string[]> RuledOut) Split(string folded)
    {
        var kept = new List<string>();
        var ruledOut = new List<string[]>();
        foreach (var clause in folded.Split([',', '.', ';', '!', '?', ':', '(', ')', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = TextNormalizer.Tokens(clause);
            if (tokens.Length == 0) continue;
            var blank = new bool[tokens.Length];
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!IsNegation(tokens, i)) continue;
                var scope = new List<string>();
                var j = i + 1;
                while (j < tokens.Length)
                {
                    while (j < tokens.Length && (Fillers.Contains(tokens[j]) || Cues.Contains(tokens[j]))) j++;
                    if (j >= tokens.Length) break;
                    scope.Add(tokens[j]);
                    blank[j] = true;
                    // a two-word name stays together: "mit menschen arbeiten", "it bereich"
                    if (j + 1 < tokens.Length && !Coordinators.Contains(tokens[j + 1]) && !Fillers.Contains(tokens[j + 1]) && !Cues.Contains(tokens[j + 1]) && tokens[j + 1].Length > 3 && Continues(tokens[j + 1]))
                    {
                        scope.Add(tokens[j + 1]);
                        blank[j + 1] = true;
                        j++;
                    }
                    j++;
                    if (j < tokens.Length && Coordinators.Contains(tokens[j])) { j++; continue; }
                    break;
                }

                if (scope.Count > 0) ruledOut.Add([.. scope]);
                i = j - 1;
            }

            if (kept.Count > 0) kept.Add(Gap);
            for (var i = 0; i < tokens.Length; i++) kept.Add(blank[i] ? Gap : tokens[i]);
        }

        return ([.. kept], ruledOut);
    }

    private static bool Continues(string next) => next is "arbeiten" or "bereich" or "lernen" or "machen" or "ueben" or "kurs";

    private static bool IsNegation(string[] tokens, int i)
    {
        var token = tokens[i];
        if (!Cues.Contains(token)) return false;
        // English "no"/"not"/"but" only as "no office", "not in an office", "anything but care"
        if (token == "but" && (i == 0 || tokens[i - 1] is not ("anything" or "everything" or "all"))) return false;
        if (token == "nothing" && (i + 1 >= tokens.Length || tokens[i + 1] is not ("with" or "in" or "to"))) return false;
        if (token == "no" && i + 1 >= tokens.Length) return false;
        if (i + 1 < tokens.Length && Idioms.Contains(tokens[i + 1])) return false;
        if (i > 0 && Know.Contains(tokens[i - 1])) return false;
        // "ich kann nicht (so gut) lesen": what the person cannot do is what they need
        for (var k = Math.Max(0, i - 2); k < i; k++)
            if (Ability.Contains(tokens[k])) return false;
        for (var k = i + 1; k < Math.Min(tokens.Length, i + 4); k++)
            if (tokens[k] is "kann" or "koennen" or "can") return false;
        return true;
    }
}
