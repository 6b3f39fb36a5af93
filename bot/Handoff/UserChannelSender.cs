using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace TrierBot.Handoff;

/// <summary>Sends to a handed-off user outside their own turn, through the adapter that serves their channel.</summary>
public sealed class UserChannelSender(ChannelAdapterRegistry registry)
{
    /// <summary>Marks a proactive turn started by the hand-off, so that the middleware neither blocks nor records it twice.</summary>
    public const string RelayTurnKey = "TrierBot.Handoff.RelayTurn";

    public async Task ContinueAsync(HandoffCase handoffCase, Func<ITurnContext, CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        var reference = JsonConvert.DeserializeObject<ConversationReference>(handoffCase.ReferenceJson)
            ?? throw new InvalidOperationException($"Case {handoffCase.Id} has no conversation reference.");
        var (adapter, botAppId) = registry.Resolve(handoffCase.ChannelId);
        await adapter.ContinueConversationAsync(botAppId, reference, async (turnContext, ct) =>
        {
            turnContext.TurnState[RelayTurnKey] = true;
            await action(turnContext, ct);
        }, cancellationToken);
    }

    /// <summary>An activity to the user. A <c>from</c> naming a counsellor is kept (role bot, as Web Chat needs), and so is its <c>channelData</c> marker.</summary>
    public Task SendAsync(HandoffCase handoffCase, IActivity activity, CancellationToken cancellationToken)
    {
        var from = activity.From;
        return ContinueAsync(handoffCase, (turnContext, ct) =>
        {
            if (from is not null)
            {
                // The turn context stamps the bot's account on every outgoing activity; put the counsellor's back.
                turnContext.OnSendActivities((_, activities, next) =>
                {
                    foreach (var sent in activities)
                    {
                        sent.From = new ChannelAccount(from.Id, from.Name, RoleTypes.Bot);
                    }

                    return next();
                });
            }

            return turnContext.SendActivityAsync(activity, ct);
        }, cancellationToken);
    }
}
