namespace TrierBot.Understanding;

/// <summary>Offline language understanding: intents and entities of one free-text message.</summary>
public interface IUtteranceRecognizer
{
    /// <param name="text">The user's message.</param>
    /// <param name="now">Reference time for relative dates ("nächsten samstag"); default: now, local time.</param>
    Utterance Recognize(string text, DateTime? now = null);
}
