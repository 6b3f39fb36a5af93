namespace TrierBot.Understanding;

/// <summary>The multiclass trainers <c>nlu-eval</c> compares; <see cref="IntentClassifier.DefaultTrainer"/> is the one shipped.</summary>
public enum IntentTrainer
{
    SdcaMaximumEntropy,
    LbfgsMaximumEntropy,
    OneVersusAllAveragedPerceptron,
    OneVersusAllLinearSvm,
}
