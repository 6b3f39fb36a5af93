using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace TrierBot.Dialogs.State;

/// <summary>
/// The SDK's <see cref="ConversationState"/> without its change hash: at every load, and again after every
/// save, the SDK serializes the whole state only to compare it at the next save, and message turns save with
/// <c>force</c> anyway. Those two serializations were a tenth of the host's CPU per turn.
/// </summary>
/// <remarks>
/// Without the hash a loaded state counts as changed: a save without <c>force</c> writes it too. Everything
/// else is the SDK's: the storage key, the property accessors, the non-forced save and deleting.
/// </remarks>
public sealed class TrierConversationState(IStorage storage) : ConversationState(storage)
{
    // Where BotState keeps its cached state in the turn: the key ConversationState hands it.
    private const string ContextServiceKey = nameof(ConversationState);

    private readonly IStorage _storage = storage;

    public override async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && GetCachedState(turnContext)?.State is not null)
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var items = await _storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        var state = items.TryGetValue(key, out var value) ? value switch
        {
            IDictionary<string, object> dictionary => dictionary,
            JObject json => json.ToObject<IDictionary<string, object>>(),
            null => null,
            _ => throw new InvalidOperationException("Data is not in the correct format for BotState."),
        } : null;

        // The cache starts with the (cheap) hash of an empty state; a loaded one is set after it.
        turnContext.TurnState[ContextServiceKey] = state is null ? new CachedBotState() : new CachedBotState { State = state };
    }

    public override async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force)
        {
            await base.SaveChangesAsync(turnContext, force, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (GetCachedState(turnContext) is { } cached)
        {
            await _storage.WriteAsync(new Dictionary<string, object> { [GetStorageKey(turnContext)] = cached.State }, cancellationToken).ConfigureAwait(false);
        }
    }
}
