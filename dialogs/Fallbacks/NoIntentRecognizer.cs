using TrierBot.Understanding;

namespace TrierBot.Dialogs.Fallbacks;

/// <summary>
/// Stands in only while the host registers no recognizer: understands no intent, so users steer by the
/// topic buttons, list numbers and the interruption words. The host's real <see cref="IUtteranceRecognizer"/> always wins.
/// </summary>
public sealed class NoIntentRecognizer : IUtteranceRecognizer
{
    public Utterance Recognize(string text, DateTime? now = null)
        => new(text, "de", new Dictionary<string, double>(), UtteranceEntities.Empty);
}
