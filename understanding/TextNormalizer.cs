using System.Globalization;
using System.Text;

namespace TrierBot.Understanding;

/// <summary>
/// The one place that folds the many ways users type one word onto one spelling, for the recognizer, the
/// choice matching and the hand-off words: case, umlauts ("kürenz", "kuerenz" and "kurenz" end up one edit
/// apart), ß, accents, apostrophes ("i'm", "gibt's"), punctuation and stretched letters ("hilfeee").
/// Works on whole code points (<see cref="Rune"/>), never on half a surrogate pair: compatibility forms fold
/// to plain letters and digits (NFKC: "𝐩𝐫𝐚𝐤𝐭𝐢𝐤𝐮𝐦" → "praktikum", "１５" → "15"), every script's digits become
/// 0–9 ("١٥" → "15"), emoji, symbols and invisible format characters become a space (they are not part of
/// a word), and lone surrogates (a JSON "\ud83d" escape without its partner) are dropped.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Lower case, umlauts as ae/oe/ue, no accents, no apostrophes, no emoji; other punctuation kept (ages and dates need "10." and "16:00").</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = WellFormed(text).Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(composed.Length + 8);
        foreach (var rune in composed.EnumerateRunes())
        {
            var lower = Rune.ToLowerInvariant(rune);
            switch (lower.Value)
            {
                case 'ä': builder.Append("ae"); break;
                case 'ö': builder.Append("oe"); break;
                case 'ü': builder.Append("ue"); break;
                case 'ß': builder.Append("ss"); break;
                // "i'm", "gibt's", "mach's": users drop the apostrophe as often as they type it
                case '\'' or '’' or '`' or '´': break;
                default: AppendFolded(builder, lower); break;
            }
        }
        return CollapseStretchedLetters(builder.ToString());
    }

    /// <summary>The folded text as words: letters and digits only, hyphens and punctuation split.</summary>
    public static string[] Tokens(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var builder = new StringBuilder(folded.Length);
        foreach (var rune in folded.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune)) builder.Append(rune.ToString());
            else builder.Append(' ');
        }
        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The words of <paramref name="text"/>, folded and joined by single spaces: "Grün-Fläche! 👍" → "gruen flaeche".</summary>
    public static string Words(string text) => string.Join(' ', Tokens(Fold(text)));

    /// <summary>
    /// <paramref name="text"/> as well-formed UTF-16: a surrogate without its partner is dropped, everything else
    /// is kept as typed. .NET's normalization, encoders and many parsers throw on or mangle half a pair.
    /// </summary>
    public static string WellFormed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        var firstBad = -1;
        for (var i = 0; i < span.Length; i++)
        {
            if (!char.IsSurrogate(span[i])) continue;
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
                continue;
            }
            firstBad = i;
            break;
        }
        if (firstBad < 0) return text;

        var builder = new StringBuilder(text.Length);
        builder.Append(span[..firstBad]);
        for (var i = firstBad; i < span.Length; i++)
        {
            if (!char.IsSurrogate(span[i]))
            {
                builder.Append(span[i]);
            }
            else if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                builder.Append(span[i]).Append(span[i + 1]);
                i++;
            }
        }
        return builder.ToString();
    }

    private static void AppendFolded(StringBuilder builder, Rune rune)
    {
        if (rune.IsAscii)
        {
            // NUL, tabs, line breaks: a space, like any other gap between words
            builder.Append(char.IsControl((char)rune.Value) ? ' ' : (char)rune.Value);
            return;
        }
        switch (Rune.GetUnicodeCategory(rune))
        {
            // "١٥", "१५": any script's digits are the digits 0–9 (ages, classes, dates)
            case UnicodeCategory.DecimalDigitNumber:
                builder.Append((char)('0' + Rune.GetNumericValue(rune)));
                return;
            // emoji, skin tones, arrows, currency and the like: not part of a word, but they separate words
            case UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.MathSymbol
                or UnicodeCategory.CurrencySymbol or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.Control or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator:
                builder.Append(' ');
                return;
            // zero-width joiners and spaces, bidi controls, variation selectors, stray combining marks: invisible
            case UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.SpacingCombiningMark:
                return;
        }
        // accents off: "é" → "e"; letters of other scripts stay as they are
        foreach (var part in rune.ToString().Normalize(NormalizationForm.FormD).EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                builder.Append(part.ToString());
        }
    }

    // "hilfeeee", "hiii", "stoppp": three or more of one letter are one letter stretched for emphasis
    private static string CollapseStretchedLetters(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var run = 1;
            while (i + run < text.Length && text[i + run] == text[i])
                run++;
            builder.Append(text[i], run >= 3 && char.IsLetter(text[i]) ? 1 : run);
            i += run - 1;
        }
        return builder.ToString();
    }
}
