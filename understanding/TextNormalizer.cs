using System.Globalization;
using System.Text;

namespace TrierBot.Understanding;

/// <summary>
/// Folds the many ways users type one word onto one spelling before anything else looks at it:
/// case, umlauts ("kürenz", "kuerenz" and "kurenz" end up one edit apart), ß, accents,
/// apostrophes ("i'm", "gibt's"), punctuation and stretched letters ("hilfeee").
/// </summary>
internal static class TextNormalizer
{
    /// <summary>Lower case, umlauts as ae/oe/ue, no accents, no apostrophes; other punctuation kept (ages and dates need "10." and "16:00").</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text.ToLowerInvariant())
        {
            switch (c)
            {
                case 'ä': builder.Append("ae"); break;
                case 'ö': builder.Append("oe"); break;
                case 'ü': builder.Append("ue"); break;
                case 'ß': builder.Append("ss"); break;
                // "i'm", "gibt's", "mach's": users drop the apostrophe as often as they type it
                case '\'' or '’' or '`' or '´': break;
                default: AppendWithoutAccent(builder, c); break;
            }
        }
        return CollapseStretchedLetters(builder.ToString());
    }

    /// <summary>The folded text as words: letters and digits only, hyphens and punctuation split.</summary>
    public static string[] Tokens(string folded)
    {
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static void AppendWithoutAccent(StringBuilder builder, char c)
    {
        if (c < 128)
        {
            builder.Append(c);
            return;
        }
        foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                builder.Append(part);
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
