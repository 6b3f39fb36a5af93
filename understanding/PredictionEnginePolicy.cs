using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;

namespace TrierBot.Understanding;

/// <summary>Creates prediction engines for the pool; an engine holds no per-call state after Predict returns.</summary>
internal sealed class PredictionEnginePolicy(MLContext ml, ITransformer model) : IPooledObjectPolicy<PredictionEngine<IntentInput, IntentPrediction>>
{
    public PredictionEngine<IntentInput, IntentPrediction> Create() => ml.Model.CreatePredictionEngine<IntentInput, IntentPrediction>(model);

    public bool Return(PredictionEngine<IntentInput, IntentPrediction> obj) => true;
}
