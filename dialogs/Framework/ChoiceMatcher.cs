using System.Collections.Concurrent;
using System.Globalization;
using Quickenshtein;
using TrierBot.Understanding;

namespace TrierBot.Dialogs.Framework;

/// <summary>
/// Tolerant choice matching (the Bot Framework's Choice recognizer is not available): the list number,
/// the title, a synonym, a phrase inside a longer answer, a word prefix, or a small typo all pick a choice.
/// </summary>
public static class ChoiceMatcher
{
    private const double ExactScore = 1.0;
    private const double PhraseScore = 0.9;
    private const double PrefixScore = 0.8;
    private const double TypoScore = 0.7;
    private const int MaxCachedCandidates = 4096;

    // Titles and synonyms come from a small set (the dialogs' choices, offer titles) but every prompt turn
    // matched all of them again: each is normalized once and split into words once.
    private static readonly ConcurrentDictionary<string, (string Text, string[] Words)> Candidates = new(StringComparer.Ordinal);

    public static FoundChoice? FindBest(string? text, IReadOnlyList<Choice> choices)
    {
        if (string.IsNullOrWhiteSpace(text) || choices.Count == 0)
        {
            return null;
        }

        var normalized = Normalize(text);
        if (TryParseListNumber(normalized, choices.Count, out var index))
        {
            return new FoundChoice(choices[index].Value, index, ExactScore);
        }

        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        FoundChoice? best = null;
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var candidate in CandidatesOf(choices[i]))
            {
                var score = Score(normalized, words, NormalizedCandidate(candidate));
                if (score > (best?.Score ?? 0))
                {
                    best = new FoundChoice(choices[i].Value, i, score);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Lower case, umlauts spelled out, punctuation and emoji to spaces: "Grün-Fläche! 👍" → "gruen flaeche".
    /// The recognizer's own folding (<see cref="TextNormalizer"/>), so a choice, a hand-off word and an intent read
    /// one message the same way.
    /// </summary>
    public static string Normalize(string text) => TextNormalizer.Words(text);

    /// <summary>Whether <paramref name="normalizedText"/> contains <paramref name="normalizedPhrase"/> as whole words.</summary>
    public static bool ContainsPhrase(string normalizedText, string normalizedPhrase)
    {
        if (normalizedPhrase.Length == 0)
        {
            return false;
        }

        var at = 0;
        while ((at = normalizedText.IndexOf(normalizedPhrase, at, StringComparison.Ordinal)) >= 0)
        {
            var end = at + normalizedPhrase.Length;
            var startsWord = at == 0 || normalizedText[at - 1] == ' ';
            var endsWord = end == normalizedText.Length || normalizedText[end] == ' ';
            if (startsWord && endsWord)
            {
                return true;
            }

            at = end;
        }

        return false;
    }

    private static IEnumerable<string> CandidatesOf(Choice choice)
    {
        yield return choice.DisplayTitle;
        yield return choice.Value;
        foreach (var synonym in choice.Synonyms)
        {
            yield return synonym;
        }
    }

    private static (string Text, string[] Words) NormalizedCandidate(string candidate)
    {
        if (Candidates.TryGetValue(candidate, out var cached))
        {
            return cached;
        }

        var text = Normalize(candidate);
        cached = (text, text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (Candidates.Count < MaxCachedCandidates)
        {
            Candidates.TryAdd(candidate, cached);
        }

        return cached;
    }

    private static double Score(string normalized, string[] words, (string Text, string[] Words) normalizedCandidate)
    {
        var (candidate, candidateWords) = normalizedCandidate;
        if (candidate.Length == 0)
        {
            return 0;
        }

        if (normalized == candidate)
        {
            return ExactScore;
        }

        if (ContainsPhrase(normalized, candidate))
        {
            return PhraseScore;
        }

        // A single typed word that starts a longer title ("tech" for "Technik/IT").
        if (words.Length == 1 && words[0].Length >= 4 && candidateWords.Any(w => w.StartsWith(words[0], StringComparison.Ordinal)))
        {
            return PrefixScore;
        }

        // Typos: every word of a short candidate found among the answer's words with a small edit distance.
        if (candidateWords.Length <= 3 && candidateWords.All(cw => words.Any(w => IsTypoOf(w, cw))))
        {
            return TypoScore;
        }

        return 0;
    }

    private static bool IsTypoOf(string word, string target)
    {
        if (target.Length < 4 || Math.Abs(word.Length - target.Length) > 2)
        {
            return false;
        }

        var allowed = target.Length >= 8 ? 2 : 1;
        return Levenshtein.GetDistance(word, target) <= allowed;
    }

    private static bool TryParseListNumber(string normalized, int count, out int index)
    {
        index = -1;
        if (int.TryParse(normalized, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= count)
        {
            index = number - 1;
            return true;
        }

        return false;
    }
}
