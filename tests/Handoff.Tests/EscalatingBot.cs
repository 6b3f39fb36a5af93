using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TrierBot.Handoff.Tests;

/// <summary>
/// Stands in for the dialogs: "Mensch bitte" starts the hand-off the way the dialogs do (the initiation event, then
/// their promise and the main menu's "anything else?"), "merk dir …" keeps a dialog step in conversation state,
/// anything else is echoed with that step.
/// </summary>
public sealed class EscalatingBot(ConversationState conversationState, string topic = "Literacy", string register = "du") : IBot
{
    public const string HandingOverText = "Ich gebe dich an unsere Beratung weiter. Sobald jemand frei ist, meldet sich die Person hier im Chat.";
    public const string AnythingElseText = "Kann ich sonst noch etwas für dich tun?";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            return;
        }

        var dialogState = conversationState.CreateProperty<string>(HandoffQueue.DialogStateProperty);
        var text = turnContext.Activity.Text ?? "";
        if (text.Contains("mensch", StringComparison.OrdinalIgnoreCase) || text.Contains("human", StringComparison.OrdinalIgnoreCase))
        {
            var history = new Transcript([(Activity)MessageFactory.Text("Ich suche einen Lesekurs"), (Activity)MessageFactory.Text("Hier sind zwei Lerncafés.")]);
            history.Activities[0].From = new ChannelAccount("user1", "Nutzer", RoleTypes.User);
            history.Activities[1].From = new ChannelAccount("bot", "TrierBot", RoleTypes.Bot);
            var summary = new { topic, register, age = 34, district = "Trier-Nord", searched = "Lesekurs", language = text.Contains("human", StringComparison.OrdinalIgnoreCase) ? "en" : "de" };
            await turnContext.SendActivityAsync(EventFactory.CreateHandoffInitiation(turnContext, summary, history), cancellationToken);
            await turnContext.SendActivityAsync(MessageFactory.Text(HandingOverText), cancellationToken);
            await turnContext.SendActivityAsync(MessageFactory.SuggestedActions(["Ausbildung", "Kurse"], AnythingElseText, toList: null), cancellationToken);
        }
        else if (text.StartsWith("merk dir ", StringComparison.OrdinalIgnoreCase))
        {
            await dialogState.SetAsync(turnContext, text["merk dir ".Length..], cancellationToken);
            await turnContext.SendActivityAsync(MessageFactory.Text("Gemerkt."), cancellationToken);
        }
        else
        {
            var step = await dialogState.GetAsync(turnContext, () => "neu", cancellationToken);
            await turnContext.SendActivityAsync(MessageFactory.Text($"Bot ({step}): {text}"), cancellationToken);
        }

        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
    }
}
