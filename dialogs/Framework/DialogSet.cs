using Microsoft.Bot.Builder;

namespace TrierBot.Dialogs.Framework;

/// <summary>A set of dialogs that can call each other by id; the root set reads its stack through a state accessor.</summary>
public sealed class DialogSet
{
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet(IStatePropertyAccessor<DialogState> dialogState)
    {
        ArgumentNullException.ThrowIfNull(dialogState);
        _dialogState = dialogState;
    }

    /// <summary>A set without own persistence: the inner set of a <see cref="ComponentDialog"/>.</summary>
    internal DialogSet()
    {
    }

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with the id '{dialog.Id}' is already in the set.", nameof(dialog));
        }

        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (_dialogState is null)
        {
            throw new InvalidOperationException("Only a root DialogSet created with a state accessor can create a context.");
        }

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        // Set it back: a storage without type names hands out a converted copy, and changes to a copy would be lost.
        await _dialogState.SetAsync(turnContext, state, cancellationToken);
        return new DialogContext(this, turnContext, state);
    }
}
