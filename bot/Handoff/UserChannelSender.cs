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

    /// <summary>A message to the user; <paramref name="from"/> names a counsellor (role bot, as Web Chat needs).</summary>
    public Task SendAsync(HandoffCase handoffCase, IActivity activity, CancellationToken cancellationToken) =>
        ContinueAsync(handoffCase, (turnContext, ct) => turnContext.SendActivityAsync(activity, ct), cancellationToken);
}
