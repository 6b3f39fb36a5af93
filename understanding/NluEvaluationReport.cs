namespace TrierBot.Understanding;

/// <summary>Held-out figures of one <see cref="NluEvaluation"/> run.</summary>
/// <param name="IntentAccuracy">Top-intent accuracy on the held-out part, None threshold applied.</param>
/// <param name="EntityAccuracy">Share of annotated (utterance, entity) pairs recognized exactly.</param>
/// <param name="HeldOut">Number of held-out utterances.</param>
/// <param name="EntityPairs">Number of annotated (utterance, entity) pairs among them.</param>
public sealed record NluEvaluationReport(double IntentAccuracy, double EntityAccuracy, int HeldOut, int EntityPairs);
