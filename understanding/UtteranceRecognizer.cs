using System.Text.Json;
using TrierBot.Knowledge;

namespace TrierBot.Understanding;

/// <summary>
/// Offline language understanding: intents learned with ML.NET from <c>data/utterances.md</c>,
/// entities by rules (age, district, topic) and Microsoft.Recognizers.Text (dates) plus the
/// school-holiday table. Thread-safe; create once per process (training takes a second or two).
/// </summary>
public sealed class UtteranceRecognizer : IUtteranceRecognizer
{
    private readonly IntentClassifier _classifier;
    private readonly DateExtractor _dates;
    private readonly KeywordLexicon _topics = TopicLexicon.Create();
    private readonly double _noneThreshold;

    public UtteranceRecognizer(IntentClassifier classifier, UnderstandingOptions options)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(options);
        _classifier = classifier;
        _noneThreshold = options.NoneThreshold;
        _dates = new DateExtractor(options.SchoolHolidays.Count > 0 ? options.SchoolHolidays : LoadDefaultHolidays());
    }

    /// <summary>Trains on the shipped utterance file and warms every model; call once at start-up.</summary>
    public static UtteranceRecognizer CreateDefault(UnderstandingOptions? options = null)
    {
        options ??= new UnderstandingOptions();
        var classifier = IntentClassifier.Train(TrainingDataFile.Load(options.TrainingDataPath));
        var recognizer = new UtteranceRecognizer(classifier, options);
        recognizer.Recognize("hallo ich bin 16 und suche ein praktikum in kürenz am wochenende");
        return recognizer;
    }

    /// <summary>The holiday table shipped in <c>schoolholidays.json</c> beside the assembly.</summary>
    public static List<SchoolHoliday> LoadDefaultHolidays(string? path = null)
    {
        path ??= Path.Combine(AppContext.BaseDirectory, "understanding", "schoolholidays.json");
        if (!File.Exists(path)) return [];
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var section = document.RootElement.GetProperty(UnderstandingOptions.SectionName).GetProperty(nameof(UnderstandingOptions.SchoolHolidays));
        return section.Deserialize<List<SchoolHoliday>>() ?? [];
    }

    public Utterance Recognize(string text, DateTime? now = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextNormalizer.Fold(text);
        var tokens = TextNormalizer.Tokens(folded);
        if (tokens.Length == 0) return new Utterance(text, "de", NoneOnly(), UtteranceEntities.Empty);

        var language = LanguageDetector.Detect(tokens);
        var ages = AgeExtractor.Extract(folded);
        var classes = SchoolClassExtractor.Extract(folded);
        // "16" in "ich bin 16" and "10" in "10. klasse" start no date
        IReadOnlyList<int> notDates = classes.Count == 0 ? ages : [.. ages, .. classes];
        var entities = new UtteranceEntities(
            ages,
            DistrictExtractor.Extract(tokens),
            _dates.Extract(text, tokens, language, now ?? DateTime.Now, notDates),
            Topics(tokens, language))
        {
            SchoolClass = classes,
        };
        return new Utterance(text, language, Intents(text), entities);
    }

    private Dictionary<string, double> Intents(string text)
    {
        var scores = _classifier.Scores(text);
        var top = double.NegativeInfinity;
        foreach (var (intent, score) in scores)
            if (intent != IntentNames.None && score > top) top = score;
        // nothing fits well enough: None must come out on top, whatever its own learned score
        if (top < _noneThreshold)
            scores[IntentNames.None] = Math.Max(scores.GetValueOrDefault(IntentNames.None), Math.Max(1 - top, top + 1e-6));
        return scores;
    }

    private List<string> Topics(string[] tokens, string language)
    {
        // in English "it" is a pronoun, not the IT sector
        var words = language == "en" ? tokens.Where(t => t != "it").ToArray() : tokens;
        return _topics.Match(words);
    }

    private static Dictionary<string, double> NoneOnly() => new() { [IntentNames.None] = 1.0 };
}
