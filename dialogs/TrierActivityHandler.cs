using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using TrierBot.Dialogs.State;

namespace TrierBot.Dialogs;

/// <summary>
/// The bot: loads conversation state, runs the turn, saves state. The guided conversations hang
/// below it; this class only does the bookkeeping every turn needs.
/// </summary>
public class TrierActivityHandler : ActivityHandler
{
    public const string WelcomeText =
        "Hallo! Ich bin TrierBot vom Bildungsbüro der Stadt Trier. Ich helfe dir, Angebote zu Ausbildung, Studium, Lesen und Schreiben oder MINT zu finden – und die richtige Beratung.";

    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly IStatePropertyAccessor<ConversationData> _conversationData;
    private readonly ILogger<TrierActivityHandler> _logger;

    public TrierActivityHandler(ConversationState conversationState, UserState userState, ILogger<TrierActivityHandler> logger)
    {
        _conversationState = conversationState;
        _userState = userState;
        _conversationData = conversationState.CreateProperty<ConversationData>(nameof(ConversationData));
        _logger = logger;
    }

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        // Save even when the turn threw halfway? No: a failed turn must not persist half a dialog step.
        await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await _userState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var data = await _conversationData.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        data.TurnCount++;
        data.LastUserActivityUtc = DateTimeOffset.UtcNow;
        _logger.LogInformation("Message turn {TurnCount} in conversation {ConversationId} on {ChannelId}",
            data.TurnCount, turnContext.Activity.Conversation.Id, turnContext.Activity.ChannelId);
        if (!data.Welcomed)
        {
            data.Welcomed = true;
            await turnContext.SendActivityAsync(MessageFactory.Text(WelcomeText), cancellationToken);
        }
        else
        {
            await turnContext.SendActivityAsync(MessageFactory.Text($"Das ist deine Nachricht Nummer {data.TurnCount}."), cancellationToken);
        }
    }
}
