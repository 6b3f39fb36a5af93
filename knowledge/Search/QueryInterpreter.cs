using Lucene.Net.Analysis;

namespace TrierBot.Knowledge.Search;

/// <summary>
/// Reads a query the way a counsellor would before searching (docs/import-format.md): English is rendered in
/// German word by word from the English lexicon, a question frame ("wer bezahlt", "wo krieg ich") becomes the topic
/// it asks about, and a job title ("Klempner", "Frisörin", "Astronautin") becomes its own name plus the words of its
/// Berufsfeld and of career orientation. The rest is left to the analyzer.
/// </summary>
internal sealed class QueryInterpreter(SearchLexicon lexicon, Analyzer folding)
{
    /// <summary>More words than this are not read: nobody types them, and each one costs query clauses.</summary>
    public const int MaxWords = 32;

    // The user's own job title counts fully; the official title nearly; the field's words and the orientation
    // offers (fairs, counselling) of every occupation less, so that a literal match ranks first.
    private const float OfficialTitleWeight = 0.8f;
    private const float FieldWeight = 0.5f;
    private const float OrientationWeight = 0.4f;
    private const string OrientationWords = "berufsorientierung ausbildung";
    private const string CounsellingWords = "berufsberatung";
    private static readonly HashSet<string> PathCategories = new(StringComparer.OrdinalIgnoreCase) { Categories.Ausbildung, Categories.Studium, Categories.Praktikum };

    private static readonly HashSet<string> QuestionStarts = new(StringComparer.Ordinal)
    {
        "wer", "wie", "wo", "was", "wann", "warum", "wieso", "weshalb", "welche", "welcher", "welches", "woher", "wohin",
        "kann", "konnen", "gibt", "darf", "muss", "bekomme", "kriege", "hat", "ist", "sind", "brauche",
        "who", "how", "where", "what", "when", "why", "which", "can", "is", "are", "do", "does",
    };

    public InterpretedQuery Interpret(string text)
    {
        var words = GermanAnalysis.TermsByPosition(folding, text).Select(g => g[0]).Take(MaxWords).ToList();
        var question = text.Contains('?') || words.Count > 0 && QuestionStarts.Contains(words[0]);
        var english = IsEnglish(words);
        if (english) words = Translate(words);

        var expansions = new List<QueryExpansion>();
        var remaining = new List<string>();
        for (var i = 0; i < words.Count;)
        {
            if (MatchQuestionType(words, i) is { } questionType)
            {
                expansions.Add(questionType.Expansion);
                i += questionType.Length;
            }
            else if (MatchOccupation(words, i) is { } occupation)
            {
                expansions.Add(occupation.Expansion);
                i += occupation.Length;
            }
            else
            {
                remaining.Add(words[i]);
                i++;
            }
        }
        return new InterpretedQuery(string.Join(' ', remaining), expansions, english, question);
    }

    /// <summary>More words known as English (and not German) than German function or generic words.</summary>
    private bool IsEnglish(List<string> words)
    {
        bool German(string w) => lexicon.GenericWords.Contains(w) || lexicon.FunctionWords.Contains(w);
        var english = words.Count(w => lexicon.English.ContainsKey(w) && !German(w) && !lexicon.Occupations.ContainsKey(w));
        var german = words.Count(w => !lexicon.English.ContainsKey(w) && German(w));
        return english > 0 && english > german;
    }

    /// <summary>Longest English phrases first; function words vanish; unknown words (names like "Python") stay.</summary>
    private List<string> Translate(List<string> words)
    {
        var result = new List<string>();
        for (var i = 0; i < words.Count;)
        {
            var matched = false;
            for (var length = Math.Min(SearchLexicon.MaxPhraseWords, words.Count - i); length >= 1 && !matched; length--)
            {
                if (!lexicon.English.TryGetValue(string.Join(' ', words.Skip(i).Take(length)), out var german)) continue;
                result.AddRange(GermanAnalysis.TermsByPosition(folding, german).Select(g => g[0]));
                i += length;
                matched = true;
            }
            if (matched) continue;
            result.Add(words[i]);
            i++;
        }
        return result;
    }

    private (QueryExpansion Expansion, int Length)? MatchQuestionType(List<string> words, int start)
    {
        for (var length = Math.Min(SearchLexicon.MaxPhraseWords, words.Count - start); length >= 1; length--)
        {
            var phrase = string.Join(' ', words.Skip(start).Take(length));
            if (!lexicon.QuestionTypes.TryGetValue(phrase, out var topic)) continue;
            // "(finden)": a frame that only hints at what kind of answer helps.
            var hint = topic.StartsWith('(') && topic.EndsWith(')');
            var topicWords = hint ? topic[1..^1] : topic;
            return (new QueryExpansion(phrase, topicWords.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(w => (w, 1f)).ToList(), [], IsContent: !hint), length);
        }
        return null;
    }

    private (QueryExpansion Expansion, int Length)? MatchOccupation(List<string> words, int start)
    {
        for (var length = Math.Min(SearchLexicon.MaxPhraseWords - 1, words.Count - start); length >= 1; length--)
        {
            var span = words.Skip(start).Take(length).ToList();
            var name = string.Join(' ', span);
            // "kfz mechaniker", "kfz-mechaniker" and "kfzmechaniker" are one name.
            var occupation = Find(name) ?? (length > 1 ? Find(string.Concat(span)) : null);
            if (occupation is not null) return (Expand(name, occupation), length);
        }
        return null;
    }

    /// <summary>The occupation of a name, also in the plural or another case ("Polizisten", "Elektrikern").</summary>
    private Occupation? Find(string name)
    {
        if (lexicon.Occupations.TryGetValue(name, out var occupation)) return occupation;
        foreach (var ending in (string[])["en", "n", "e", "s"])
        {
            if (name.Length > ending.Length + 3 && name.EndsWith(ending, StringComparison.Ordinal)
                && lexicon.Occupations.TryGetValue(name[..^ending.Length], out occupation))
                return occupation;
        }
        return null;
    }

    private QueryExpansion Expand(string said, Occupation occupation)
    {
        // What the offers of this occupation are found by: its names, its group's words, its interest categories.
        var alternatives = new List<(string, float)> { (said, 1f) };
        // The official title without its qualifiers: "Anlagenmechaniker/in - Sanitär-, Heizungs- und Klimatechnik".
        foreach (var word in occupation.OfficialTitle.Replace("/in", "").Replace("/-", " ").Split([' ', '-', '/', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 3 && !string.Equals(word, said, StringComparison.OrdinalIgnoreCase)) alternatives.Add((word, OfficialTitleWeight));
        }
        foreach (var word in lexicon.WordsOfGroup(occupation.Code).Split(' ', StringSplitOptions.RemoveEmptyEntries)) alternatives.Add((word, FieldWeight));
        var lifts = new List<(string, float)>();
        foreach (var category in occupation.Categories)
        {
            // "Ausbildung"/"Studium" say how one gets there: every occupation has them, so they only lift.
            if (PathCategories.Contains(category)) lifts.Add((category, OrientationWeight));
            else alternatives.Add((category.Replace('/', ' '), FieldWeight));
        }
        foreach (var word in $"{OrientationWords} {CounsellingWords}".Split(' ')) lifts.Add((word, OrientationWeight));
        return new QueryExpansion(said, alternatives, occupation.Categories) { Lifts = lifts };
    }
}
