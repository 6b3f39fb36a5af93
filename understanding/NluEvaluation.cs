using System.Diagnostics;
using System.Globalization;

namespace TrierBot.Understanding;

/// <summary>
/// <c>nlu-eval</c>: trains on a stratified 80 % of the utterance file and reports on the other 20 %:
/// the trainers compared, per-intent precision/recall, the confusion matrix, top-intent accuracy,
/// entity accuracy on the annotated lines, and the None threshold calibrated on out-of-fold scores.
/// Then the shipped model (trained on the whole file) on <c>unseen.md</c>, utterances written apart
/// from the training file: the figure closest to what strangers' messages will get.
/// </summary>
public static class NluEvaluation
{
    private const double HeldOutShare = 0.2;
    private const int CalibrationFolds = 5;

    /// <summary>Prints the full report; returns the process exit code (0).</summary>
    public static int Run(TextWriter output, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(output);
        var examples = TrainingDataFile.Load();
        var (train, heldOut) = StratifiedSplit(examples, seed);
        output.WriteLine($"utterances: {examples.Count} ({train.Count} training, {heldOut.Count} held out, seed {seed})");
        output.WriteLine();

        CompareTrainers(output, train, heldOut, seed);
        var options = new UnderstandingOptions();
        var heldOutReport = Report(output, train, heldOut, options, seed, "held out");
        Calibrate(output, examples, options.NoneThreshold, seed);

        var unseen = TrainingDataFile.Load(TrainingDataFile.UnseenPath).ToList();
        output.WriteLine();
        output.WriteLine($"unseen: the shipped model (all {examples.Count} training utterances) on {unseen.Count} utterances never trained on (unseen.md)");
        var unseenReport = Report(output, [.. examples], unseen, options, seed, "unseen");
        output.WriteLine(Invariant($"summary: held out intent {heldOutReport.IntentAccuracy:F3}, entity {heldOutReport.EntityAccuracy:F3}; unseen intent {unseenReport.IntentAccuracy:F3}, entity {unseenReport.EntityAccuracy:F3}"));
        return 0;
    }

    /// <summary>The held-out figures of the shipped trainer and threshold, without printing.</summary>
    public static NluEvaluationReport Evaluate(int seed = 42, UnderstandingOptions? options = null)
    {
        var (train, heldOut) = StratifiedSplit(TrainingDataFile.Load(options?.TrainingDataPath), seed);
        return Report(TextWriter.Null, train, heldOut, options ?? new UnderstandingOptions(), seed, "held out");
    }

    /// <summary>The shipped model, trained on the whole training file, on <c>unseen.md</c>, without printing.</summary>
    public static NluEvaluationReport EvaluateUnseen(int seed = 42, UnderstandingOptions? options = null)
    {
        var train = TrainingDataFile.Load(options?.TrainingDataPath).ToList();
        return Report(TextWriter.Null, train, [.. TrainingDataFile.Load(TrainingDataFile.UnseenPath)], options ?? new UnderstandingOptions(), seed, "unseen");
    }

    /// <summary>Per intent, a shuffled <see cref="HeldOutShare"/> is held out, so rare intents are measured too.</summary>
    internal static (List<TrainingExample> Train, List<TrainingExample> HeldOut) StratifiedSplit(IReadOnlyList<TrainingExample> examples, int seed)
    {
        var random = new Random(seed);
        var train = new List<TrainingExample>();
        var heldOut = new List<TrainingExample>();
        foreach (var group in examples.GroupBy(e => e.Intent))
        {
            var shuffled = group.OrderBy(_ => random.Next()).ToList();
            var take = (int)Math.Round(shuffled.Count * HeldOutShare);
            heldOut.AddRange(shuffled.Take(take));
            train.AddRange(shuffled.Skip(take));
        }
        return (train, heldOut);
    }

    private static void CompareTrainers(TextWriter output, List<TrainingExample> train, List<TrainingExample> heldOut, int seed)
    {
        output.WriteLine("trainer comparison (held-out top-intent accuracy without None threshold):");
        foreach (var trainer in Enum.GetValues<IntentTrainer>())
        {
            var stopwatch = Stopwatch.StartNew();
            var classifier = IntentClassifier.Train(train, trainer, seed);
            var seconds = stopwatch.Elapsed.TotalSeconds;
            var correct = heldOut.Count(e => classifier.Predict(e.Text).MaxBy(s => s.Value).Key == e.Intent);
            var marker = trainer == IntentClassifier.DefaultTrainer ? "  <- shipped" : "";
            output.WriteLine(Invariant($"  {trainer,-32} {(double)correct / heldOut.Count:F3}   training {seconds:F1} s{marker}"));
        }
        output.WriteLine();
    }

    /// <param name="label">What the measured lines are ("held out", "unseen"), printed with every figure.</param>
    private static NluEvaluationReport Report(TextWriter output, List<TrainingExample> train, List<TrainingExample> measured, UnderstandingOptions options, int seed, string label)
    {
        var recognizer = new UtteranceRecognizer(IntentClassifier.Train(train, IntentClassifier.DefaultTrainer, seed), options);
        var reference = new DateTime(2026, 11, 27, 10, 0, 0);
        var results = measured.Select(e => (Example: e, Utterance: recognizer.Recognize(e.Text, reference))).ToList();

        var intents = IntentNames.All;
        var confusion = intents.ToDictionary(i => i, _ => intents.ToDictionary(j => j, _ => 0));
        foreach (var (example, utterance) in results)
            confusion[example.Intent][utterance.TopIntent]++;

        output.WriteLine(Invariant($"shipped: {IntentClassifier.DefaultTrainer}, None threshold {options.NoneThreshold:F2}"));
        output.WriteLine($"per intent ({label}):");
        output.WriteLine("  intent               precision  recall   support");
        foreach (var intent in intents)
        {
            var truePositives = confusion[intent][intent];
            var predicted = intents.Sum(i => confusion[i][intent]);
            var actual = intents.Sum(j => confusion[intent][j]);
            output.WriteLine(Invariant($"  {intent,-20} {Ratio(truePositives, predicted),9:F3}  {Ratio(truePositives, actual),6:F3}  {actual,8}"));
        }
        output.WriteLine();
        output.WriteLine("confusion matrix (rows: expected, columns: recognized):");
        output.WriteLine("  " + new string(' ', 18) + string.Join(" ", intents.Select(i => i[..Math.Min(5, i.Length)].PadLeft(5))));
        foreach (var expected in intents)
            output.WriteLine($"  {expected,-18}" + string.Join(" ", intents.Select(actual => confusion[expected][actual].ToString(CultureInfo.InvariantCulture).PadLeft(5))));
        output.WriteLine();

        var intentAccuracy = Ratio(results.Count(r => r.Utterance.TopIntent == r.Example.Intent), results.Count);
        output.WriteLine(Invariant($"top-intent accuracy ({label}): {intentAccuracy:F3}"));
        foreach (var (example, utterance) in results.Where(r => r.Utterance.TopIntent != r.Example.Intent))
            output.WriteLine(Invariant($"  miss: {example.Intent} -> {utterance.TopIntent} ({utterance.TopScore:F2}): {example.Text}"));

        var (entityCorrect, entityPairs) = EntityAccuracy(output, results);
        var entityAccuracy = Ratio(entityCorrect, entityPairs);
        output.WriteLine(Invariant($"entity accuracy ({label}, annotated): {entityAccuracy:F3} ({entityCorrect}/{entityPairs})"));
        output.WriteLine();
        return new NluEvaluationReport(intentAccuracy, entityAccuracy, results.Count, entityPairs);
    }

    private static (int Correct, int Pairs) EntityAccuracy(TextWriter output, List<(TrainingExample Example, Utterance Utterance)> results)
    {
        int correct = 0, pairs = 0;
        var perType = new Dictionary<string, (int Correct, int Pairs)> { ["age"] = (0, 0), ["district"] = (0, 0), ["topic"] = (0, 0) };
        foreach (var (example, utterance) in results)
        {
            Score(example.Text, "age", example.Entities.Age?.Select(a => a.ToString(CultureInfo.InvariantCulture)), utterance.Entities.Age.Select(a => a.ToString(CultureInfo.InvariantCulture)));
            Score(example.Text, "district", example.Entities.District, utterance.Entities.District);
            Score(example.Text, "topic", example.Entities.Topic, utterance.Entities.Topic);
        }
        output.WriteLine(Invariant($"entities per type: {string.Join(", ", perType.Select(p => $"{p.Key} {p.Value.Correct}/{p.Value.Pairs}"))}"));
        return (correct, pairs);

        void Score(string text, string type, IEnumerable<string>? expected, IEnumerable<string> actual)
        {
            if (expected is null) return;
            var hit = expected.ToHashSet().SetEquals(actual);
            pairs++;
            if (hit) correct++;
            perType[type] = (perType[type].Correct + (hit ? 1 : 0), perType[type].Pairs + 1);
            // training lines are written by the project, not by users: safe to print
            if (!hit) output.WriteLine($"  entity miss: {type} expected [{string.Join(", ", expected)}] got [{string.Join(", ", actual)}]: {text}");
        }
    }

    /// <summary>Out-of-fold top scores over the whole file: the threshold below which "None" maximises accuracy.</summary>
    private static void Calibrate(TextWriter output, IReadOnlyList<TrainingExample> examples, double shipped, int seed)
    {
        var random = new Random(seed);
        var folds = examples.Select((e, i) => (Example: e, Fold: 0)).ToList();
        foreach (var group in examples.Select((e, i) => (e, i)).GroupBy(x => x.e.Intent))
        {
            var order = group.OrderBy(_ => random.Next()).ToList();
            for (var k = 0; k < order.Count; k++)
                folds[order[k].i] = (order[k].e, k % CalibrationFolds);
        }

        var scored = new List<(string Expected, string Top, double Score)>();
        for (var fold = 0; fold < CalibrationFolds; fold++)
        {
            var classifier = IntentClassifier.Train(folds.Where(f => f.Fold != fold).Select(f => f.Example), IntentClassifier.DefaultTrainer, seed);
            foreach (var (example, _) in folds.Where(f => f.Fold == fold))
            {
                var top = classifier.Predict(example.Text).Where(s => s.Key != IntentNames.None).MaxBy(s => s.Value);
                var none = classifier.Predict(example.Text)[IntentNames.None];
                scored.Add((example.Intent, none > top.Value ? IntentNames.None : top.Key, top.Value));
            }
        }

        double AccuracyAt(double threshold) => Ratio(scored.Count(s => (s.Score < threshold ? IntentNames.None : s.Top) == s.Expected), scored.Count);
        var best = Enumerable.Range(0, 81).Select(i => i / 100.0).MaxBy(AccuracyAt);
        output.WriteLine(Invariant($"None threshold calibration ({CalibrationFolds}-fold out-of-fold, {scored.Count} utterances):"));
        foreach (var threshold in new[] { 0.0, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6 })
            output.WriteLine(Invariant($"  threshold {threshold:F2}: accuracy {AccuracyAt(threshold):F3}"));
        output.WriteLine(Invariant($"  best {best:F2} ({AccuracyAt(best):F3}); shipped {shipped:F2} ({AccuracyAt(shipped):F3})"));
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
