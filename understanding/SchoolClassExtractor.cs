using System.Globalization;
using System.Text.RegularExpressions;

namespace TrierBot.Understanding;

/// <summary>
/// The school class (Klassenstufe) a message names: "10. klasse", "klasse 9", "9te klasse", "in der 10",
/// "zehnte klasse", "jahrgangsstufe 8", "meine 9er", "year 10", "9th grade". The career dialog can use it
/// where an age is missing; it is never an age (<see cref="AgeExtractor"/> keeps these numbers out).
/// </summary>
internal static partial class SchoolClassExtractor
{
    private const int Lowest = 1;
    private const int Highest = 13;

    // not "stufe" alone: "deutsch stufe 2" is a course level
    private const string Class = @"(?:klasse|klassen|kl\b|klaessler\w*|klassler\w*|jahrgangsstufe|jahrgang)";

    [GeneratedRegex(@"(?<![\p{L}\d.,:/-])(?<n>\d{1,2})\s*(?:\.|te|ten|ter|t)?\s*" + Class)]
    private static partial Regex NumberBeforeClass();

    [GeneratedRegex(@"\b(?:klasse|jahrgangsstufe|year|grade|class)\s*(?<n>\d{1,2})(?![\p{L}\d:.,/])")]
    private static partial Regex ClassBeforeNumber();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<n>\d{1,2})(?:st|nd|rd|th)\s+grade\b")]
    private static partial Regex EnglishOrdinalGrade();

    // "ich bin in der 10", "nach der 9": the class without the word, common among pupils; not "in der 10. woche", "um 10"
    [GeneratedRegex(@"\b(?:in|nach|ab)\s+(?:der|die)\s+(?<n>\d{1,2})(?![\p{L}\d:.,/€%]|\s*(?:uhr|euro|eur|h|min|minuten|stunden|tage|tagen|wochen|jahre|jahren|stock|etage|reihe)\b)")]
    private static partial Regex AfterInDer();

    // "meine 9er", "unsere 10er": how teachers name their classes
    [GeneratedRegex(@"\b(?:meine|meiner|unsere|unserer|die|der|den)\s+(?<n>\d{1,2})er\b(?!\s*(?:karte|ticket|pack|jahre))")]
    private static partial Regex TeachersClass();

    // "zehntklaessler", "neuntklaesslerin"
    [GeneratedRegex(@"\b(?<w>erst|zweit|dritt|viert|fuenft|sechst|siebt|acht|neunt|zehnt|elft|zwoelft|dreizehnt)(?:klaessler|klassler)")]
    private static partial Regex OrdinalCompound();

    [GeneratedRegex(@"\b(?<w>erste|zweite|dritte|vierte|fuenfte|sechste|siebte|siebente|achte|neunte|zehnte|elfte|zwoelfte|dreizehnte)n?\s+" + Class)]
    private static partial Regex OrdinalWordBeforeClass();

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["erste"] = 1, ["zweite"] = 2, ["dritte"] = 3, ["vierte"] = 4, ["fuenfte"] = 5, ["sechste"] = 6, ["siebte"] = 7, ["siebente"] = 7,
        ["achte"] = 8, ["neunte"] = 9, ["zehnte"] = 10, ["elfte"] = 11, ["zwoelfte"] = 12, ["dreizehnte"] = 13,
    };

    /// <param name="folded">The message after <see cref="TextNormalizer.Fold"/>.</param>
    public static List<int> Extract(string folded)
    {
        var found = new List<(int Index, int Level)>();
        Collect(found, folded, NumberBeforeClass());
        Collect(found, folded, ClassBeforeNumber());
        Collect(found, folded, EnglishOrdinalGrade());
        Collect(found, folded, AfterInDer());
        Collect(found, folded, TeachersClass());
        foreach (Match match in OrdinalWordBeforeClass().Matches(folded))
            Add(found, match.Index, Ordinals[match.Groups["w"].Value]);
        foreach (Match match in OrdinalCompound().Matches(folded))
            Add(found, match.Index, Ordinals[match.Groups["w"].Value == "acht" ? "achte" : match.Groups["w"].Value + "e"]);
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        var levels = new List<int>(found.Count);
        foreach (var (_, level) in found)
            if (!levels.Contains(level)) levels.Add(level);
        return levels;
    }

    private static void Collect(List<(int, int)> found, string text, Regex pattern)
    {
        foreach (Match match in pattern.Matches(text))
        {
            var group = match.Groups["n"];
            Add(found, group.Index, int.Parse(group.ValueSpan, CultureInfo.InvariantCulture));
        }
    }

    private static void Add(List<(int Index, int Level)> found, int index, int level)
    {
        if (level >= Lowest && level <= Highest && !found.Exists(f => f.Index == index)) found.Add((index, level));
    }
}
