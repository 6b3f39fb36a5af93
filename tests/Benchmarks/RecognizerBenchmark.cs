using System.Diagnostics;
using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using TrierBot.Understanding;

namespace TrierBot.Benchmarks;

/// <summary>
/// One <see cref="UtteranceRecognizer.Recognize"/> call after warm-up (intent, age, district, topic, dates),
/// next to the Microsoft.Recognizers.Text German DateTime call alone on the same messages as baseline.
/// </summary>
public sealed class RecognizerBenchmark : IBenchmark
{
    private const int Rounds = 200;

    // typical first messages; about half contain a date word, so the Recognizers call is part of our figure
    private static readonly string[] Messages =
    [
        "hab kein bock mehr auf schule was kann ich machen",
        "ich kan nich gut lesen",
        "meine tochter ist 12 und mag technik",
        "internship in trier?",
        "ich bin 16 und suche ein praktikum in kürenz in den herbstferien",
        "gibt es nächsten samstag einen robotik kurs für kinder",
        "ich brauch hilfe mit briefen vom amt",
        "deutschkurs b1 am wochenende in der innenstadt",
        "hilfe",
        "kann ich mit einem menschen sprechen",
        "mein sohn ist 15 und will was mit handwerk machen, am liebsten nachmittags",
        "tschüss danke",
        "bildungsgutschein für eine umschulung im dezember",
        "kannst du meine mathe hausaufgaben machen",
    ];

    public string Name => "recognizer";

    public Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var now = new DateTime(2026, 11, 27, 10, 0, 0);
        var started = Stopwatch.StartNew();
        var recognizer = UtteranceRecognizer.CreateDefault();
        output.WriteLine(Invariant($"start-up (training + warm-up): {started.Elapsed.TotalMilliseconds:F0} ms"));

        var dateModel = new DateTimeRecognizer(Culture.German).GetDateTimeModel();
        dateModel.Parse("nächsten samstag nachmittag", now);

        // warm-up: JIT tiers, caches, pooled prediction engines
        for (var i = 0; i < 50; i++)
            foreach (var message in Messages)
            {
                recognizer.Recognize(message, now);
                dateModel.Parse(message, now);
            }

        var ours = Measure(message => recognizer.Recognize(message, now), cancellationToken);
        var baseline = Measure(message => dateModel.Parse(message, now), cancellationToken);

        output.WriteLine(Invariant($"{Rounds * Messages.Length} calls each, {Messages.Length} different messages"));
        output.WriteLine(Invariant($"  UtteranceRecognizer.Recognize          p50 {Percentile(ours, 0.50):F3} ms   p99 {Percentile(ours, 0.99):F3} ms   max {ours[^1]:F3} ms"));
        output.WriteLine(Invariant($"  baseline: Recognizers.Text DateTime de  p50 {Percentile(baseline, 0.50):F3} ms   p99 {Percentile(baseline, 0.99):F3} ms   max {baseline[^1]:F3} ms"));
        return Task.CompletedTask;
    }

    private static double[] Measure(Action<string> call, CancellationToken cancellationToken)
    {
        var times = new List<double>(Rounds * Messages.Length);
        for (var round = 0; round < Rounds && !cancellationToken.IsCancellationRequested; round++)
            foreach (var message in Messages)
            {
                var start = Stopwatch.GetTimestamp();
                call(message);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        times.Sort();
        return [.. times];
    }

    private static double Percentile(double[] sorted, double share) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(share * sorted.Length) - 1)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
