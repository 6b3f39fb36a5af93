using TrierBot.Dialogs.Evaluation;
using TrierBot.Dialogs.Tests.Support;

namespace TrierBot.Dialogs.Tests;

/// <summary>The blind corpus's dev split (tests/Evaluation) on the real stack: a floor, so the engine does not slip back.</summary>
public class ConversationCorpusTests
{
    /// <summary>Measured 0.62 when the engine came in (0.06 with the copied waterfalls); 0.89 on the 82-item dev split after the routing and no-fit fixes.</summary>
    public const double DevFloor = 0.85;

    [Fact]
    public async Task EvalConversations_DevSplit_StaysAboveTheFloor()
    {
        var corpus = ConversationEvaluation.Load(CorpusPath());
        using var bot = new BotHarness(clock: new ManualClock(PinnedClock.CorpusToday));
        var adapter = new EvaluationAdapter(bot.Bot, []);

        var verdicts = await ConversationEvaluation.RunAsync(adapter, corpus.Where(c => c.Split == ConversationEvaluation.DevSplit), CancellationToken.None);

        Assert.NotEmpty(verdicts);
        var rate = (double)verdicts.Count(v => v.Passed) / verdicts.Count;
        Assert.True(rate >= DevFloor, $"dev pass rate {rate:P0}; failed: {string.Join(", ", verdicts.Where(v => !v.Passed).Select(v => v.Conversation.Id))}");
    }

    private static string CorpusPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Evaluation", "conversations.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("tests/Evaluation/conversations.json not found above " + AppContext.BaseDirectory);
    }
}
