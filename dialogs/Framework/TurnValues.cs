using System.Runtime.CompilerServices;
using Microsoft.Bot.Builder;
using TrierBot.Understanding;

namespace TrierBot.Dialogs.Framework;

/// <summary>
/// What the dialogs keep for the length of one turn: the conversation's data once loaded, the recognizer's
/// reading, the dialog locale and two marks.
/// </summary>
/// <remarks>
/// Not in the turn state's dictionary itself: the SDK compares its keys culture-aware and ignoring case, so every
/// lookup computed an ICU sort key of the key, and the dialogs read these values dozens of times a turn. They hang
/// off the turn's state collection instead, which the SDK's wrapping turn contexts share, and go with it.
/// </remarks>
internal sealed class TurnValues
{
    private static readonly ConditionalWeakTable<TurnContextStateCollection, TurnValues> Turns = new();

    public State.ConversationData? Data { get; set; }

    public Utterance? Utterance { get; set; }

    public string? Locale { get; set; }

    public bool PromptRetried { get; set; }

    public bool LongSilence { get; set; }

    public static TurnValues Of(ITurnContext turnContext) => Turns.GetValue(turnContext.TurnState, static _ => new TurnValues());

    public static TurnValues? Find(ITurnContext turnContext) => Turns.TryGetValue(turnContext.TurnState, out var values) ? values : null;
}
