using System.Diagnostics;
using System.Runtime;
using System.Text.Json;
using TrierBot.Knowledge;

namespace TrierBot.Understanding;

/// <summary>
/// Offline language understanding: intents learned with ML.NET from <c>data/utterances.md</c>,
/// entities by rules (age, district, topic) and Microsoft.Recognizers.Text (dates) plus the
/// school-holiday table. Thread-safe; create once per process with <see cref="CreateDefault"/> (training takes
/// a few seconds, the JIT warm-up up to <see cref="UnderstandingOptions.WarmUpSeconds"/>).
/// </summary>
public sealed class UtteranceRecognizer : IUtteranceRecognizer
{
    private readonly IntentClassifier _classifier;
    private readonly DateExtractor _dates;
    private readonly KeywordLexicon _topics = TopicLexicon.CreateForEntities();
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
        recognizer.WarmUp(TimeSpan.FromSeconds(options.WarmUpSeconds));
        return recognizer;
    }

    /// <summary>
    /// Runs sample messages until the JIT has stopped recompiling the hot path, at most <paramref name="limit"/>.
    /// Tiered compilation with dynamic PGO compiles ML.NET's featurizer and Recognizers.Text's regex code up to
    /// three times, in the background, over the first few thousand calls; measured on this machine, a call took
    /// ~0.6 ms (p99 ~6 ms) until then and ~0.27 ms (p99 ~1.2 ms) after. Users should not pay for that.
    /// </summary>
    private void WarmUp(TimeSpan limit)
    {
        var settled = TimeSpan.FromSeconds(1);
        var stopwatch = Stopwatch.StartNew();
        var lastChange = TimeSpan.Zero;
        var compiled = JitInfo.GetCompiledMethodCount();
        var now = DateTime.Now;
        do
        {
            foreach (var message in WarmUpMessages)
                Recognize(message, now);
            var count = JitInfo.GetCompiledMethodCount();
            if (count != compiled) lastChange = stopwatch.Elapsed;
            compiled = count;
        }
        while (stopwatch.Elapsed < limit && stopwatch.Elapsed - lastChange < settled);
    }

    // every path of Recognize: intents, ages, class levels, districts, dates de/en, holidays, topics
    private static readonly string[] WarmUpMessages =
    [
        "hallo ich bin 16 und suche ein praktikum in kürenz am wochenende",
        "meine tochter ist in der 9. klasse und mag roboter, gibt es was nächsten freitag nachmittag",
        "ich kann nicht gut lesen und brauche hilfe mit briefen",
        "wo gibt es einen deutschkurs a2 im januar in der innenstadt",
        "umschulung mit bildungsgutschein ab märz",
        "was kann man in den herbstferien in ehrang machen",
        "kann ich mit einem menschen sprechen",
        "my son is 14 and wants to learn coding next saturday",
        "hi, is there an internship during the summer holidays",
        "tschüss und danke",
        "xyz",
    ];

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
        // a flood of text is read up to the limit, and the utterance says what was read
        text = MessageLimits.ForRecognizer(text);
        var folded = TextNormalizer.Fold(text);
        var tokens = TextNormalizer.Tokens(folded);
        if (tokens.Length == 0) return new Utterance(text, "de", NoneOnly(), UtteranceEntities.Empty);

        var language = LanguageDetector.Detect(tokens);
        var ages = AgeExtractor.Extract(folded, out var rangeEnds);
        var classes = SchoolClassExtractor.Extract(folded);
        // "16" in "ich bin 16", "zwischen 14 und 16" and "10" in "10. klasse" start no date
        IReadOnlyList<int> notDates = classes.Count == 0 && rangeEnds.Count == 0 ? ages : [.. ages, .. rangeEnds, .. classes];
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
