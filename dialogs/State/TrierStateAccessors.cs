using Microsoft.Bot.Builder;
using TrierBot.Dialogs.Framework;

namespace TrierBot.Dialogs.State;

/// <summary>The conversation-state properties the bot and its dialogs share; one instance for the process.</summary>
public sealed class TrierStateAccessors
{
    public TrierStateAccessors(ConversationState conversationState)
    {
        RegisterStateTypes();
        ConversationState = conversationState;
        ConversationData = conversationState.CreateProperty<ConversationData>(nameof(State.ConversationData));
        DialogState = conversationState.CreateProperty<DialogState>(nameof(Framework.DialogState));
    }

    /// <summary>Every conversation's state carries its <see cref="State.ConversationData"/>: a short type name keeps it small.</summary>
    public static void RegisterStateTypes() => CachedTypeNameBinder.Instance.AddShortName(nameof(State.ConversationData), typeof(ConversationData));

    public ConversationState ConversationState { get; }

    public IStatePropertyAccessor<ConversationData> ConversationData { get; }

    public IStatePropertyAccessor<DialogState> DialogState { get; }

    /// <summary>The conversation's data; set back so that changes persist even with a storage that hands out copies.</summary>
    public async Task<ConversationData> GetDataAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var turn = TurnValues.Of(turnContext);
        if (turn.Get<ConversationData>() is { } cached)
        {
            return cached;
        }

        var data = await ConversationData.GetAsync(turnContext, () => new ConversationData(), cancellationToken);
        await ConversationData.SetAsync(turnContext, data, cancellationToken);
        turn.Set(data);
        return data;
    }
}
