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

    [Fact]
    public void EvaluateUnseen_UtterancesNeverTrainedOn_MeetTheIssueTargets()
    {
        var report = NluEvaluation.EvaluateUnseen();

        Assert.True(report.HeldOut >= 60, $"{report.HeldOut} unseen utterances");
        Assert.True(report.IntentAccuracy >= 0.9, $"unseen top-intent accuracy {report.IntentAccuracy:F3}");
        Assert.True(report.EntityAccuracy >= 0.9, $"unseen entity accuracy {report.EntityAccuracy:F3}");
    }
}
