using Microsoft.Bot.Builder;
using TrierBot.Dialogs.Framework;

namespace TrierBot.Dialogs.Conversations;

/// <summary>Marks a message that came after a long silence; the bot sets it, the interruption handling asks once: resume or restart?</summary>
public static class LongSilence
{
    public static void Mark(ITurnContext turnContext) => TurnValues.Of(turnContext).LongSilence = true;

    public static bool WasSilent(ITurnContext turnContext) => TurnValues.Find(turnContext)?.LongSilence == true;
}
