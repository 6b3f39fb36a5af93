using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using TrierBot.Understanding;

namespace TrierBot.Benchmarks;

/// <summary>
/// One <see cref="UtteranceRecognizer.Recognize"/> call after warm-up (intent, age, district, topic, dates),
/// next to the Microsoft.Recognizers.Text German DateTime call alone on the same messages as baseline,
/// measured interleaved (same message, alternating order) so the shared machine's load falls on both;
/// once after the fixed warm-up, once more after the JIT has stopped recompiling (steady state).
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

        Compare(output, "after the warm-up of 50 rounds", recognizer, dateModel, now, cancellationToken);

        // tiered compilation with dynamic PGO recompiles ML.NET's and Recognizers.Text's code in the background
        // for several seconds (longer on a busy machine); the same comparison once the JIT has gone quiet
        var settling = Stopwatch.StartNew();
        var lastChange = TimeSpan.Zero;
        var compiled = JitInfo.GetCompiledMethodCount();
        while (settling.Elapsed - lastChange < TimeSpan.FromSeconds(2) && settling.Elapsed < TimeSpan.FromSeconds(60) && !cancellationToken.IsCancellationRequested)
        {
            foreach (var message in Messages)
            {
                recognizer.Recognize(message, now);
                dateModel.Parse(message, now);
            }
            if (JitInfo.GetCompiledMethodCount() != compiled) lastChange = settling.Elapsed;
            compiled = JitInfo.GetCompiledMethodCount();
        }
        Compare(output, Invariant($"after the JIT settled ({settling.Elapsed.TotalSeconds:F0} s more)"), recognizer, dateModel, now, cancellationToken);
        return Task.CompletedTask;
    }

    private static void Compare(TextWriter output, string when, UtteranceRecognizer recognizer, DateTimeModel dateModel, DateTime now, CancellationToken cancellationToken)
    {
        // the machine is shared: both calls run on the same message back to back, in alternating order,
        // so a busy stretch of the machine hits ours and the baseline alike
        var ours = new Measurement();
        var baseline = new Measurement();
        var collections = GC.CollectionCount(0);
        for (var round = 0; round < Rounds && !cancellationToken.IsCancellationRequested; round++)
            foreach (var message in Messages)
            {
                if (round % 2 == 0) ours.Time(() => recognizer.Recognize(message, now));
                baseline.Time(() => dateModel.Parse(message, now));
                if (round % 2 == 1) ours.Time(() => recognizer.Recognize(message, now));
            }
        collections = GC.CollectionCount(0) - collections;

        output.WriteLine(Invariant($"{when}: {ours.Count} calls each, {Messages.Length} different messages, interleaved; {collections} gen0 collections in all"));
        output.WriteLine(Invariant($"  UtteranceRecognizer.Recognize          {ours}"));
        output.WriteLine(Invariant($"  baseline: Recognizers.Text DateTime de  {baseline}"));
        output.WriteLine(Invariant($"  ratio ours/baseline                     p50 {ours.Percentile(0.50) / baseline.Percentile(0.50):F2}   p99 {ours.Percentile(0.99) / baseline.Percentile(0.99):F2}"));
    }

    /// <summary>Durations and allocated bytes of one kind of call.</summary>
    private sealed class Measurement
    {
        private readonly List<double> _milliseconds = new(Rounds * Messages.Length);
        private long _bytes;
        private bool _sorted;

        public int Count => _milliseconds.Count;

        public void Time(Action call)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            call();
            _milliseconds.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            _bytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
            _sorted = false;
        }

        public double Percentile(double share)
        {
            if (!_sorted) _milliseconds.Sort();
            _sorted = true;
            return _milliseconds[Math.Min(_milliseconds.Count - 1, (int)Math.Ceiling(share * _milliseconds.Count) - 1)];
        }

        public override string ToString() => Invariant(
            $"p50 {Percentile(0.50):F3} ms   p99 {Percentile(0.99):F3} ms   max {Percentile(1):F3} ms   {_bytes / 1024.0 / Count:F1} KB allocated per call");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
