using System.CommandLine;
using Microsoft.Bot.Builder;
using TrierBot.Dialogs.Evaluation;
using TrierBot.Understanding;

namespace TrierBot.Cli;

/// <summary>
/// <c>eval-conversations [--split dev|heldout] [--verbose] [--file F]</c>: runs the blind conversation corpus
/// through the real host (recognizer, demo knowledge, dialogs, middleware) with the clock pinned to the corpus's
/// "today", in fresh temporary stores, and prints the pass rate per pattern and overall.
/// </summary>
public static class EvalConversationsVerb
{
    public const string DefaultCorpus = "tests/Evaluation/conversations.json";

    public static Command Create()
    {
        var split = new Option<string?>("--split") { Description = "nur dev oder heldout (Standard: beide)" };
        split.AcceptOnlyFromAmong(ConversationEvaluation.DevSplit, ConversationEvaluation.HeldOutSplit);
        var verbose = new Option<bool>("--verbose") { Description = "jede fehlgeschlagene Unterhaltung mit Gründen (dev: mit Verlauf)" };
        var file = new Option<string?>("--file") { Description = $"die Sammlung (Standard: {DefaultCorpus} im Repository)" };
        var command = new Command("eval-conversations", "Spielt die blind geschriebenen Unterhaltungen durch und misst, wie viele gelingen.") { split, verbose, file };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var path = parsed.GetValue(file) ?? FindCorpus();
            if (path is null || !File.Exists(path))
            {
                await parsed.InvocationConfiguration.Error.WriteLineAsync($"Die Sammlung {path ?? DefaultCorpus} gibt es nicht.");
                return CommandLine.UsageError;
            }

            var conversations = ConversationEvaluation.Load(path);
            var temp = Directory.CreateTempSubdirectory("trierbot-eval-");
            try
            {
                // Fresh stores: the demo knowledge is imported into an empty one, no state of earlier runs is read.
                await using var app = Program.BuildWebApp(
                [
                    $"--Knowledge:DatabasePath={Path.Combine(temp.FullName, "knowledge.db")}",
                    $"--State:DatabasePath={Path.Combine(temp.FullName, "state.db")}",
                    $"--Handoff:DatabasePath={Path.Combine(temp.FullName, "handoff.db")}",
                    $"--Monitoring:DatabasePath={Path.Combine(temp.FullName, "monitoring.db")}",
                    "--Logging:LogLevel:Default=Warning",
                    // A batch run: the JIT warm-up for the first real user would only delay it.
                    "--Understanding:WarmUpSeconds=0",
                ], builder => builder.Services.AddSingleton<TimeProvider>(new PinnedClock(PinnedClock.CorpusToday)));
                var adapter = new EvaluationAdapter(app.Services.GetRequiredService<IBot>(), app.Services.GetServices<IMiddleware>());
                var splits = parsed.GetValue(split) is { } only ? [only] : new[] { ConversationEvaluation.DevSplit, ConversationEvaluation.HeldOutSplit };
                foreach (var name in splits)
                {
                    var verdicts = await ConversationEvaluation.RunAsync(adapter, conversations.Where(c => c.Split == name), cancellationToken);
                    ConversationEvaluation.Report(output, name, verdicts, parsed.GetValue(verbose), Describe(app.Services.GetRequiredService<IUtteranceRecognizer>()));
                }
            }
            finally
            {
                temp.Delete(recursive: true);
            }

            return 0;
        });
        return command;
    }

    /// <summary>What the recognizer read of a message: the line under it in a dev transcript, to see why a turn went as it did.</summary>
    private static Func<string, string> Describe(IUtteranceRecognizer recognizer) => text =>
    {
        var u = recognizer.Recognize(text, PinnedClock.CorpusToday.DateTime);
        var e = u.Entities;
        return $"{u.Language} {u.TopIntent} {u.TopScore:F2} | age [{string.Join(",", e.Age)}] class [{string.Join(",", e.SchoolClass)}] district [{string.Join(",", e.District)}] "
            + $"topic [{string.Join(",", e.Topic)}] dates [{string.Join(",", e.Date.Select(d => $"{d.Start:dd.MM}-{d.End:dd.MM}"))}]";
    };

    private static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultCorpus);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
