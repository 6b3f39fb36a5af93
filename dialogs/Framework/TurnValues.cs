using System.Runtime.CompilerServices;
using Microsoft.Bot.Builder;

namespace TrierBot.Dialogs.Framework;

/// <summary>
/// What the dialogs keep for the length of one turn: the dialog locale, two marks, and the app's own per-turn
/// values by type (its conversation data once loaded, the recognizer's reading).
/// </summary>
/// <remarks>
/// Not in the turn state's dictionary itself: the SDK compares its keys culture-aware and ignoring case, so every
/// lookup computed an ICU sort key of the key, and the dialogs read these values dozens of times a turn. They hang
/// off the turn's state collection instead, which the SDK's wrapping turn contexts share, and go with it.
/// </remarks>
internal sealed class TurnValues
{
    private static readonly ConditionalWeakTable<TurnContextStateCollection, TurnValues> Turns = new();

    // A handful of app values per turn: a short list compared by reference beats any dictionary here.
    private List<object>? _values;

    /// <summary>The app's value of type <typeparamref name="T"/> for this turn, or null.</summary>
    public T? Get<T>() where T : class
    {
        if (_values is null)
        {
            return null;
        }

        foreach (var value in _values)
        {
            if (value.GetType() == typeof(T))
            {
                return (T)value;
            }
        }

        return null;
    }

    public void Set<T>(T value) where T : class
    {
        _values ??= [];
        _values.RemoveAll(v => v.GetType() == typeof(T));
        _values.Add(value);
    }

    public string? Locale { get; set; }

    public bool PromptRetried { get; set; }

    public bool LongSilence { get; set; }

    public static TurnValues Of(ITurnContext turnContext) => Turns.GetValue(turnContext.TurnState, static _ => new TurnValues());

    public static TurnValues? Find(ITurnContext turnContext) => Turns.TryGetValue(turnContext.TurnState, out var values) ? values : null;
}
