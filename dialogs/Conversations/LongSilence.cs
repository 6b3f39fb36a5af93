using Microsoft.Bot.Builder;

namespace TrierBot.Dialogs.Conversations;

/// <summary>Marks a message that came after a long silence; the bot sets it, the interruption handling asks once: resume or restart?</summary>
public static class LongSilence
{
    private const string TurnStateKey = "TrierBot.Dialogs.LongSilence";

    public static void Mark(ITurnContext turnContext) => turnContext.TurnState[TurnStateKey] = true;

    public static bool WasSilent(ITurnContext turnContext) => turnContext.TurnState.ContainsKey(TurnStateKey);
}
