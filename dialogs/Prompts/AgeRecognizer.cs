using System.Globalization;
using System.Text.RegularExpressions;
using TrierBot.Dialogs.Framework;

namespace TrierBot.Dialogs.Prompts;

/// <summary>
/// An age from "16", "sechzehn", "ich bin 16 Jahre alt", "I'm 16" — or a school class ("9. Klasse",
/// "grade 9"), which stands for the usual age in that class (class + 6).
/// </summary>
public static partial class AgeRecognizer
{
    /// <summary>Pupils in German class N are usually N + 6 years old.</summary>
    public const int ClassToAgeOffset = 6;

    public static int? Recognize(string? text, string locale)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var schoolClass = ClassPattern().Match(text);
        if (schoolClass.Success)
        {
            var number = int.Parse(schoolClass.Groups["n1"].Success ? schoolClass.Groups["n1"].Value : schoolClass.Groups["n2"].Value, CultureInfo.InvariantCulture);
            return number + ClassToAgeOffset;
        }

        foreach (var model in new[] { TextRecognizers.Ages(locale), TextRecognizers.Numbers(locale) })
        {
            var first = model.Parse(text).FirstOrDefault();
            if (first?.Resolution is { } resolution && resolution.TryGetValue("value", out var raw)
                && double.TryParse(Convert.ToString(raw, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return (int)Math.Round(value);
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:(?<n1>\d{1,2})\s*\.?\s*(?:klasse|kl\.|class|grade))|(?:(?:klasse|class|grade|jahrgangsstufe)\s*(?<n2>\d{1,2}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClassPattern();
}
