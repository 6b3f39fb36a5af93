using System.Collections.Concurrent;
using F23.StringSimilarity;

namespace TrierBot.Understanding;

/// <summary>
/// Maps folded words to labels, tolerant of German compounds and typos. A pattern is a word prefix
/// ("pflege" matches "pflegeberuf"), "=word" for exact words only ("=it", "=uni"), "~word" for a word
/// anywhere inside a compound ("~pflege" matches "altenpflege"), or several words ("erste hilfe").
/// Patterns of six or more letters also match with one typo ("ausbilung", "praktikumm"); "!prefix" keeps
/// a label off words that start with it ("!sozialarbeiter": the writer's job is not the topic).
/// </summary>
internal sealed class KeywordLexicon
{
    private const int MaxCachedWords = 50_000;
    private static readonly OptimalStringAlignment Distance = new();

    private readonly List<(string Label, string[] Words)> _phrases = [];
    private readonly List<(string Label, string Pattern, char Mode)> _words = [];
    private readonly List<(string Label, string Prefix)> _exceptions = [];
    private readonly HashSet<string> _neverFuzzy;
    // words repeat across messages; caching the per-word answer keeps fuzzy matching off the hot path
    private readonly ConcurrentDictionary<string, string[]> _cache = new(StringComparer.Ordinal);

    public KeywordLexicon(IEnumerable<(string Label, string[] Patterns)> entries, IEnumerable<string>? neverFuzzy = null)
    {
        _neverFuzzy = new HashSet<string>(neverFuzzy ?? [], StringComparer.Ordinal);
        foreach (var (label, patterns) in entries)
            foreach (var pattern in patterns)
            {
                if (pattern[0] == '!') _exceptions.Add((label, pattern[1..]));
                else if (pattern.Contains(' ')) _phrases.Add((label, pattern.Split(' ')));
                else if (pattern[0] is '=' or '~') _words.Add((label, pattern[1..], pattern[0]));
                else _words.Add((label, pattern, '^'));
            }
    }

    /// <summary>The labels the tokens name, each once, in order of first mention.</summary>
    public List<string> Match(IReadOnlyList<string> tokens)
    {
        var labels = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var (label, words) in _phrases)
                if (PhraseAt(tokens, i, words) && !labels.Contains(label)) labels.Add(label);
            foreach (var label in WordLabels(tokens[i]))
                if (!labels.Contains(label)) labels.Add(label);
        }
        return labels;
    }

    private static bool PhraseAt(IReadOnlyList<string> tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Count) return false;
        for (var j = 0; j < words.Length; j++)
        {
            var word = words[j];
            var token = tokens[start + j].AsSpan();
            // spans, not word[1..]: this runs for every phrase at every word of every message
            if (word[0] == '=' ? !token.SequenceEqual(word.AsSpan(1)) : !token.StartsWith(word, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private string[] WordLabels(string token)
    {
        if (_cache.TryGetValue(token, out var cached)) return cached;
        var labels = ComputeWordLabels(token);
        if (_cache.Count < MaxCachedWords) _cache.TryAdd(token, labels);
        return labels;
    }

    private string[] ComputeWordLabels(string token)
    {
        var labels = new List<string>();
        foreach (var (label, pattern, mode) in _words)
        {
            var hit = mode switch
            {
                '=' => token == pattern,
                '~' => token.Contains(pattern, StringComparison.Ordinal),
                _ => token.StartsWith(pattern, StringComparison.Ordinal),
            };
            if (hit && !labels.Contains(label)) labels.Add(label);
        }
        var excepted = false;
        foreach (var (label, prefix) in _exceptions)
            if (token.StartsWith(prefix, StringComparison.Ordinal)) excepted |= labels.Remove(label) || true;
        if (excepted || labels.Count > 0 || token.Length < 6 || _neverFuzzy.Contains(token)) return [.. labels];

        foreach (var (label, pattern, mode) in _words)
            if (mode != '=' && pattern.Length >= 6 && pattern[0] == token[0] && OneTypoAway(token, pattern, mode == '~') && !labels.Contains(label))
                labels.Add(label);
        return [.. labels];
    }

    // a misspelled word or the misspelled head of a compound: compare the pattern with the token's start
    private static bool OneTypoAway(string token, string pattern, bool wholeWordOnly)
    {
        if (wholeWordOnly) return Math.Abs(token.Length - pattern.Length) <= 1 && Distance.Distance(token, pattern) <= 1;
        for (var length = pattern.Length - 1; length <= pattern.Length + 1; length++)
            if (length <= token.Length && Distance.Distance(token[..length], pattern) <= 1) return true;
        return false;
    }
}
