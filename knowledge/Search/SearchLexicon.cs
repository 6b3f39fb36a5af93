using Lucene.Net.Analysis;

namespace TrierBot.Knowledge.Search;

/// <summary>
/// The editable word lists behind query understanding (docs/import-format.md): generic words, the occupation list
/// with the words of each occupational group, the English lexicon and the question types. All keys are folded the way the analyzer
/// folds text (lower case, umlauts and ß), so "Frisör", "frisor" and "FRISÖR" meet.
/// </summary>
internal sealed class SearchLexicon
{
    public const string GenericWordsFile = "generic-words.txt";
    public const string OccupationsFile = "occupations.tsv";
    public const string GroupsFile = "berufsgruppen.tsv";
    public const string EnglishFile = "english.tsv";
    public const string QuestionTypesFile = "question-types.txt";

    /// <summary>Longest phrase (in words) the lexicons match.</summary>
    public const int MaxPhraseWords = 5;

    private SearchLexicon()
    {
    }

    public HashSet<string> GenericWords { get; } = new(StringComparer.Ordinal);
    /// <summary>The analyzer's stop words ("und", "nicht"): German function words, also in their typos.</summary>
    public HashSet<string> FunctionWords { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// A generic word, a function word, or a typo of one ("kan" → "kann", "nich" → "nicht"): a misspelt generic word
    /// is still generic, and must not count as a content word nothing matches.
    /// </summary>
    public bool IsGeneric(string word)
    {
        if (GenericWords.Contains(word) || FunctionWords.Contains(word)) return true;
        if (word.Length < 3 || Occupations.ContainsKey(word) || English.ContainsKey(word)) return false;
        return GenericWords.Concat(FunctionWords).Any(g => g.Length >= 3 && g[0] == word[0] && WithinOneEdit(word, g));
    }

    private static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        var (i, j, edits) = (0, 0, 0);
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) return false;
            if (a.Length > b.Length) i++;
            else if (b.Length > a.Length) j++;
            else
            {
                i++;
                j++;
            }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
    /// <summary>Folded name (words joined by one space, or a compound written as one word) → occupation.</summary>
    public Dictionary<string, Occupation> Occupations { get; } = new(StringComparer.Ordinal);
    /// <summary>KldB code prefix (Berufshauptgruppe or Berufsgruppe) → words its orientation offers are found by.</summary>
    public Dictionary<string, string> GroupWords { get; } = new(StringComparer.Ordinal);
    /// <summary>Folded English phrase → German words; an empty translation marks an English function word ("the", "my").</summary>
    public Dictionary<string, string> English { get; } = new(StringComparer.Ordinal);
    /// <summary>Folded question frame ("wer bezahlt") → the topic words it asks about.</summary>
    public Dictionary<string, string> QuestionTypes { get; } = new(StringComparer.Ordinal);
    public int OccupationCount { get; private set; }

    /// <summary>The words of an occupation's Berufsgruppe (3-digit code) or else Berufshauptgruppe (2 digits).</summary>
    public string WordsOfGroup(string code) =>
        (code.Length >= 3 ? GroupWords.GetValueOrDefault(code[..3]) : null) ?? (code.Length >= 2 ? GroupWords.GetValueOrDefault(code[..2]) : null) ?? "";

    /// <summary>An empty lexicon: plain search without query understanding.</summary>
    public static SearchLexicon Empty { get; } = new();

    /// <param name="folder">The folder with the lexicon files; a file that is missing is simply not used.</param>
    public static SearchLexicon Load(string? folder, Analyzer folding, IEnumerable<string>? functionWords = null)
    {
        var lexicon = new SearchLexicon();
        foreach (var word in functionWords ?? []) lexicon.FunctionWords.Add(word);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder)) return lexicon;
        string Fold(string text) => string.Join(' ', GermanAnalysis.TermsByPosition(folding, text).Select(g => g[0]));

        foreach (var line in Lines(folder, GenericWordsFile))
        {
            foreach (var word in Fold(line).Split(' ', StringSplitOptions.RemoveEmptyEntries)) lexicon.GenericWords.Add(word);
        }
        foreach (var line in Lines(folder, GroupsFile))
        {
            var columns = line.Split('\t');
            if (columns.Length >= 2) lexicon.GroupWords[columns[0].Trim()] = columns[1].Trim();
        }
        foreach (var line in Lines(folder, OccupationsFile))
        {
            var columns = line.Split('\t');
            if (columns.Length < 5) continue;
            var occupation = new Occupation(
                columns[0].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                columns[1].Trim(), columns[2].Trim(), columns[3].Trim(),
                columns[4].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                columns.Length > 5 ? columns[5].Trim() : "");
            lexicon.OccupationCount++;
            foreach (var name in occupation.Names)
            {
                var folded = Fold(name);
                if (folded.Length == 0 || lexicon.GenericWords.Contains(folded)) continue;
                lexicon.Occupations.TryAdd(folded, occupation);
                lexicon.Occupations.TryAdd(folded.Replace(" ", ""), occupation);
            }
        }
        foreach (var line in Lines(folder, EnglishFile))
        {
            var columns = line.Split('\t');
            var english = Fold(columns[0]);
            if (english.Length > 0) lexicon.English.TryAdd(english, columns.Length > 1 ? columns[1].Trim() : "");
        }
        foreach (var line in Lines(folder, QuestionTypesFile))
        {
            var sides = line.Split("=>", 2);
            if (sides.Length < 2) continue;
            foreach (var phrase in sides[0].Split(','))
            {
                var folded = Fold(phrase);
                if (folded.Length > 0) lexicon.QuestionTypes.TryAdd(folded, sides[1].Trim());
            }
        }
        return lexicon;
    }

    private static IEnumerable<string> Lines(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path)) yield break;
        using var reader = new StreamReader(path);
        foreach (var line in WordListResource.ReadLines(reader)) yield return line;
    }
}
