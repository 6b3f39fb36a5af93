namespace TrierBot.Understanding;

/// <summary>
/// The text the intent classifier sees: the folded words, every digit as 0 (the 16 in "ich bin 16"
/// says nothing about the intent), then one token per phrase-list cue and per topic the words name.
/// </summary>
internal static class IntentFeatures
{
    private static readonly KeywordLexicon Cues = IntentCueLexicon.Create();
    private static readonly KeywordLexicon Topics = TopicLexicon.Create();

    public static string Describe(string text)
    {
        var tokens = TextNormalizer.Tokens(TextNormalizer.Fold(text));
        var words = new List<string>(tokens.Length + 6);
        foreach (var token in tokens)
            words.Add(token.Any(char.IsDigit) ? new string(token.Select(c => char.IsDigit(c) ? '0' : c).ToArray()) : token);
        foreach (var cue in Cues.Match(tokens))
            words.Add("zzcue" + cue);
        foreach (var topic in Topics.Match(tokens))
            words.Add("zztopic" + new string(topic.Where(char.IsLetter).ToArray()).ToLowerInvariant());
        return string.Join(' ', words);
    }
}
