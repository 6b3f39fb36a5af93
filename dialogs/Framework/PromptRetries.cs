using Microsoft.Bot.Builder;

namespace TrierBot.Dialogs.Framework;

/// <summary>
/// Marks a turn in which a prompt did not understand the answer and asked again, so that an enclosing
/// dialog can count failed understandings in a row without knowing which prompt was active.
/// </summary>
public static class PromptRetries
{
    private const string TurnStateKey = "TrierBot.Dialogs.PromptRetried";

    public static void MarkRetried(ITurnContext turnContext) => turnContext.TurnState[TurnStateKey] = true;

    public static bool WasRetried(ITurnContext turnContext) => turnContext.TurnState.ContainsKey(TurnStateKey);
}
