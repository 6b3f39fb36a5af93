namespace TrierBot.Understanding;

/// <summary>What the recognizer understood of one message.</summary>
/// <param name="Text">The message as the user wrote it.</param>
/// <param name="Language">"de" or "en".</param>
/// <param name="Intents">A score per intent name (<see cref="IntentNames"/>).</param>
/// <param name="Entities">Age, district, dates, topics.</param>
public sealed record Utterance(
    string Text,
    string Language,
    IReadOnlyDictionary<string, double> Intents,
    UtteranceEntities Entities)
{
    /// <summary>The intent with the highest score; <see cref="IntentNames.None"/> when there is none.</summary>
    public string TopIntent => Intents.Count == 0 ? IntentNames.None : Intents.MaxBy(i => i.Value).Key;

    public double TopScore => Intents.Count == 0 ? 0 : Intents.Max(i => i.Value);
}
