using System.Text.RegularExpressions;
using TrierBot.Dialogs.Framework;
using TrierBot.Knowledge;
using TrierBot.Understanding;

namespace TrierBot.Dialogs.Tests.Support;

/// <summary>
/// A small keyword recognizer standing in for the understanding project's one until it is on main:
/// enough intents, languages and entities to drive the dialogs.
/// </summary>
public sealed partial class FakeUtteranceRecognizer : IUtteranceRecognizer
{
    private static readonly (string Intent, string[] Words)[] IntentWords =
    [
        (IntentNames.Handoff, ["mensch", "menschen", "human"]),
        (IntentNames.Literacy, ["lesen", "schreiben", "rechnen", "read", "reading", "write"]),
        (IntentNames.Mint, ["mint", "robotik", "programmieren", "experiment", "experimente", "stem", "robotics", "coding"]),
        (IntentNames.CareerOrientation, ["ausbildung", "studium", "praktikum", "beruf", "bewerbung", "apprenticeship", "internship", "career", "studies"]),
        (IntentNames.Counselling, ["weiterbildung", "umschulung", "anerkennung", "foerderung", "bildungsgutschein", "retraining", "funding"]),
        (IntentNames.CourseSearch, ["kurs", "sprachkurs", "course"]),
        (IntentNames.Help, ["hilfe", "help"]),
        (IntentNames.Cancel, ["abbrechen", "neustart", "cancel"]),
        (IntentNames.Goodbye, ["tschuess", "bye", "goodbye"]),
        (IntentNames.Greeting, ["hallo", "hi", "hello", "moin", "hey"]),
    ];

    private static readonly (string Category, string[] Words)[] TopicWords =
    [
        (Categories.Handwerk, ["handwerk", "tischler", "schreiner", "crafts"]),
        (Categories.TechnikIt, ["technik", "it", "informatik"]),
        (Categories.Ausbildung, ["ausbildung", "apprenticeship"]),
        (Categories.Studium, ["studium", "studies"]),
        (Categories.Praktikum, ["praktikum", "internship"]),
        (Categories.Robotik, ["robotik", "robotics"]),
        (Categories.Programmieren, ["programmieren", "coding"]),
        (Categories.Lesen, ["lesen", "reading", "read"]),
        (Categories.Rechnen, ["rechnen"]),
        (Categories.Umschulung, ["umschulung", "retraining"]),
        (Categories.Weiterbildung, ["weiterbildung"]),
        (Categories.Anerkennung, ["anerkennung"]),
    ];

    private static readonly HashSet<string> EnglishWords =
        ["i", "im", "i'm", "am", "to", "a", "talk", "looking", "for", "want", "my", "the", "hello", "please", "what", "an", "is", "years", "old", "need", "find", "yes", "no", "help", "with"];

    public static readonly DateSpan AutumnHolidays = new("(2027-10-11,2027-10-23,P12D)", new DateTime(2027, 10, 11), new DateTime(2027, 10, 23));

    public Utterance Recognize(string text, DateTime? now = null)
    {
        var normalized = ChoiceMatcher.Normalize(text);
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var english = words.Count(w => EnglishWords.Contains(w)) * 2 >= Math.Max(1, words.Length) && words.Any(w => EnglishWords.Contains(w));
        var intents = new Dictionary<string, double>();
        var match = IntentWords.FirstOrDefault(i => i.Words.Any(w => words.Contains(w)));
        if (match.Intent is not null)
        {
            intents[match.Intent] = 0.9;
        }

        var ages = AgePattern().Matches(text).Select(m => int.Parse(m.Groups["age"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var districts = Districts.All.Where(d => normalized.Contains(ChoiceMatcher.Normalize(d), StringComparison.Ordinal)).ToList();
        var topics = TopicWords.Where(t => t.Words.Any(w => words.Contains(w))).Select(t => t.Category).ToList();
        // The real recognizer resolves holiday words through its holiday table; one fixed span stands in.
        List<DateSpan> dates = normalized.Contains("herbstferien", StringComparison.Ordinal) ? [AutumnHolidays] : [];
        return new Utterance(text, english ? "en" : "de", intents, new UtteranceEntities(ages, districts, dates, topics));
    }

    [GeneratedRegex(@"(?:bin|ist|i'm|i am|im)\s+(?<age>\d{1,2})\b|(?<age>\d{1,2})\s*(?:jahre|years)", RegexOptions.IgnoreCase)]
    private static partial Regex AgePattern();
}
