using System.Text.Json;
using Microsoft.Bot.Schema;

namespace TrierBot.Dialogs.Evaluation;

/// <summary>
/// Runs the blind conversation corpus against a bot and reports the pass rate per pattern and overall. Each
/// conversation gets a conversation id of its own, so no state carries over between them.
/// </summary>
public static class ConversationEvaluation
{
    public const string DevSplit = "dev";
    public const string HeldOutSplit = "heldout";

    public static List<EvaluationConversation> Load(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<List<EvaluationConversation>>(stream) ?? [];
    }

    public static async Task<List<ConversationVerdict>> RunAsync(EvaluationAdapter adapter, IEnumerable<EvaluationConversation> conversations, CancellationToken cancellationToken)
    {
        var verdicts = new List<ConversationVerdict>();
        var run = Guid.NewGuid().ToString("N")[..8];
        foreach (var conversation in conversations)
        {
            var replies = new List<IReadOnlyList<Activity>>();
            foreach (var turn in conversation.Turns)
            {
                replies.Add(await adapter.SayAsync($"eval-{run}-{conversation.Id}", turn, cancellationToken));
            }

            verdicts.Add(ConversationJudge.Judge(conversation, replies));
        }

        return verdicts;
    }

    /// <summary>Pass rate per pattern and overall; with <paramref name="verbose"/> every failure with its reasons (and, for dev, the transcript).</summary>
    /// <param name="describe">With a dev transcript: a line on what the recognizer read of each user message, or null.</param>
    public static void Report(TextWriter output, string split, IReadOnlyList<ConversationVerdict> verdicts, bool verbose, Func<string, string>? describe = null)
    {
        if (verbose)
        {
            foreach (var verdict in verdicts.Where(v => !v.Passed))
            {
                output.WriteLine($"FAIL {verdict.Conversation.Id} [{string.Join(", ", verdict.Conversation.Patterns)}]");
                foreach (var failure in verdict.Failures)
                {
                    output.WriteLine($"  - {failure}");
                }

                if (split == DevSplit)
                {
                    WriteTranscript(output, verdict, describe);
                }
            }

            output.WriteLine();
        }

        output.WriteLine($"split {split}: {verdicts.Count(v => v.Passed)}/{verdicts.Count} passed ({Rate(verdicts):P0})");
        foreach (var pattern in verdicts.SelectMany(v => v.Conversation.Patterns).Distinct().Order(StringComparer.Ordinal))
        {
            var some = verdicts.Where(v => v.Conversation.Patterns.Contains(pattern)).ToList();
            output.WriteLine($"  {pattern,-28} {some.Count(v => v.Passed),3}/{some.Count,-3} {Rate(some),5:P0}");
        }
    }

    private static double Rate(IReadOnlyCollection<ConversationVerdict> verdicts) => verdicts.Count == 0 ? 0 : (double)verdicts.Count(v => v.Passed) / verdicts.Count;

    private static void WriteTranscript(TextWriter output, ConversationVerdict verdict, Func<string, string>? describe)
    {
        for (var i = 0; i < verdict.Conversation.Turns.Count; i++)
        {
            output.WriteLine($"    > {verdict.Conversation.Turns[i]}");
            if (describe is not null)
            {
                output.WriteLine($"      ~ {describe(verdict.Conversation.Turns[i])}");
            }

            foreach (var reply in i < verdict.Replies.Count ? verdict.Replies[i] : [])
            {
                if (reply.Type == ActivityTypes.Event)
                {
                    output.WriteLine($"    < [event {reply.Name}]");
                    continue;
                }

                if (reply.Type != ActivityTypes.Message)
                {
                    continue;
                }

                if (!string.IsNullOrWhiteSpace(reply.Text))
                {
                    output.WriteLine($"    < {reply.Text.Replace("\n", " / ")}");
                }

                foreach (var card in reply.Attachments?.Select(a => a.Content).OfType<HeroCard>() ?? [])
                {
                    var key = ConversationJudge.RecordKeys(new Activity { Attachments = [new HeroCard { Buttons = card.Buttons }.ToAttachment()] }).FirstOrDefault();
                    output.WriteLine($"    < [card] {card.Title}" + (key is null ? "" : $" ({key})"));
                }

                if (reply.SuggestedActions?.Actions is { Count: > 0 } actions)
                {
                    output.WriteLine($"    < [buttons] {string.Join(" | ", actions.Select(a => a.Title))}");
                }
            }
        }
    }
}
