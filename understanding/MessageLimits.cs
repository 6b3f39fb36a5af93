using System.Text;

namespace TrierBot.Understanding;

/// <summary>
/// How much of one message the bot reads. A wish fits in a few sentences; a pasted letter or a 256 KiB flood
/// must not cost seconds of CPU (Recognizers.Text's regexes scan all they are given) or a search with more
/// words than Lucene allows clauses (1,024). Applied where a message enters understanding and search: by the
/// recognizer, by the dialogs' knowledge lookup and by the <c>search</c> verb. What lies beyond is not read;
/// the message itself is kept whole (transcripts, hand-off).
/// </summary>
public static class MessageLimits
{
    /// <summary>The recognizer reads at most this many characters: ~150 words, cut at a word boundary.</summary>
    public const int MaxRecognizedChars = 1_000;

    /// <summary>A search reads at most this many words of its text.</summary>
    public const int MaxSearchWords = 64;

    /// <summary>The start of <paramref name="text"/> the recognizer reads: well-formed UTF-16, at most <see cref="MaxRecognizedChars"/>.</summary>
    public static string ForRecognizer(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextNormalizer.WellFormed(Clip(text, MaxRecognizedChars));
    }

    /// <summary>
    /// The part a search reads: that of <see cref="ForRecognizer"/>, up to the end of its <see cref="MaxSearchWords"/>th
    /// word. Words as the search's analyzer sees them: runs of letters and digits ("a,b,c" is three).
    /// </summary>
    public static string ForSearch(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var read = ForRecognizer(text);
        var words = 0;
        var inWord = false;
        var position = 0;
        foreach (var rune in read.EnumerateRunes())
        {
            var letter = Rune.IsLetterOrDigit(rune);
            if (letter && !inWord && ++words > MaxSearchWords) return read[..position].TrimEnd();
            inWord = letter;
            position += rune.Utf16SequenceLength;
        }
        return read;
    }

    // at the last gap before the limit, so no word is cut in half; never between the halves of a surrogate pair
    private static string Clip(string text, int maxChars)
    {
        if (text.Length <= maxChars) return text;
        var end = maxChars;
        var gap = text.LastIndexOfAny([' ', '\n', '\t', '\r'], maxChars, maxChars / 4);
        if (gap > 0) end = gap;
        else if (char.IsHighSurrogate(text[end - 1])) end--;
        return text[..end];
    }
}
