using TrierBot.Understanding;

namespace TrierBot.Understanding.Tests;

public sealed class NluEvaluationTests
{
    [Fact]
    public void Evaluate_HeldOutPart_MeetsTheIssueTargets()
    {
        var report = NluEvaluation.Evaluate();

        Assert.True(report.IntentAccuracy >= 0.9, $"top-intent accuracy {report.IntentAccuracy:F3}");
        Assert.True(report.EntityAccuracy >= 0.9, $"entity accuracy {report.EntityAccuracy:F3}");
        Assert.True(report.EntityPairs >= 50);
    }
}
