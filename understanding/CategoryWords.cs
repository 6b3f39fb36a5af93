namespace TrierBot.Understanding;

/// <summary>
/// Which store categories a single word names ("spanischkurs" → Sprachen, "friseurin" → Handwerk), with the
/// recognizer's topic lexicon: the dialogs use it to tell the word a wish was named with from the words around it.
/// </summary>
public static class CategoryWords
{
    private static readonly KeywordLexicon Lexicon = TopicLexicon.CreateForEntities();

    /// <param name="foldedWord">One word, folded (<see cref="TextNormalizer.Words"/>).</param>
    public static IReadOnlyList<string> Of(string foldedWord)
    {
        ArgumentNullException.ThrowIfNull(foldedWord);
        return foldedWord.Length == 0 ? [] : Lexicon.Match([foldedWord]);
    }
}
