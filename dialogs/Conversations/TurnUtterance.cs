using Microsoft.Bot.Builder;
using TrierBot.Dialogs.Framework;
using TrierBot.Understanding;

namespace TrierBot.Dialogs.Conversations;

/// <summary>The recognizer's reading of this turn's message, computed once per turn by the bot and shared by all dialogs.</summary>
public static class TurnUtterance
{
    public static void Set(ITurnContext turnContext, Utterance utterance) => TurnValues.Of(turnContext).Set(utterance);

    /// <summary>The utterance of the current message; an empty one for clicks and non-text activities.</summary>
    public static Utterance Get(ITurnContext turnContext)
        => TurnValues.Find(turnContext)?.Get<Utterance>()
           ?? new Utterance(turnContext.Activity.Text ?? "", "de", new Dictionary<string, double>(), UtteranceEntities.Empty);
}
