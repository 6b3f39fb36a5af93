using Microsoft.Bot.Builder;

namespace TrierBot.Dialogs.Framework;

/// <summary>
/// Marks a turn in which a prompt did not understand the answer and asked again, so that an enclosing
/// dialog can count failed understandings in a row without knowing which prompt was active.
/// </summary>
public static class PromptRetries
{
    public static void MarkRetried(ITurnContext turnContext) => TurnValues.Of(turnContext).PromptRetried = true;

    public static bool WasRetried(ITurnContext turnContext) => TurnValues.Find(turnContext)?.PromptRetried == true;
}
