namespace TrierBot.Understanding;

/// <summary>ML.NET output row: one score per intent, in the order of the model's label slots.</summary>
internal sealed class IntentPrediction
{
    public float[] Score { get; set; } = [];
}
