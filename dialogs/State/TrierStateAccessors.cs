using Microsoft.Bot.Builder;
using TrierBot.Dialogs.Framework;

namespace TrierBot.Dialogs.State;

/// <summary>The conversation-state properties the bot and its dialogs share; one instance for the process.</summary>
public sealed class TrierStateAccessors(ConversationState conversationState)
{
    public ConversationState ConversationState { get; } = conversationState;

    public IStatePropertyAccessor<ConversationData> ConversationData { get; } = conversationState.CreateProperty<ConversationData>(nameof(State.ConversationData));

    public IStatePropertyAccessor<DialogState> DialogState { get; } = conversationState.CreateProperty<DialogState>(nameof(Framework.DialogState));

    /// <summary>The conversation's data; set back so that changes persist even with a storage that hands out copies.</summary>
    public async Task<ConversationData> GetDataAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var turn = TurnValues.Of(turnContext);
        if (turn.Data is { } cached)
        {
            return cached;
        }

        var data = await ConversationData.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        await ConversationData.SetAsync(turnContext, data, cancellationToken);
        turn.Data = data;
        return data;
    }
}
