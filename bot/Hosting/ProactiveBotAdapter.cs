using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TrierBot.Hosting;

/// <summary>
/// Base of our own channel adapters (Direct Line, messengers). The SDK's
/// <see cref="BotAdapter.ContinueConversationAsync(string, ConversationReference, BotCallbackHandler, CancellationToken)"/>
/// disposes the turn context before an asynchronous pipeline has finished, so a proactive send (a counsellor's
/// message) through async middleware failed; here both overloads await the whole pipeline.
/// </summary>
public abstract class ProactiveBotAdapter : BotAdapter
{
    public override Task ContinueConversationAsync(string botAppId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueConversationAsync(botAppId, reference.GetContinuationActivity(), callback, cancellationToken);

    public override async Task ContinueConversationAsync(string botId, Activity continuationActivity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        using var context = new TurnContext(this, continuationActivity);
        await RunPipelineAsync(context, callback, cancellationToken);
    }
}
