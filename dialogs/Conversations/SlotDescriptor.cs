using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.State;
using TrierBot.Dialogs.Texts;

namespace TrierBot.Dialogs.Conversations;

/// <summary>One slot of a topic: how it is read from any message, whether it is needed before the first offers, and how it is asked.</summary>
public sealed class SlotDescriptor
{
    /// <summary>A <see cref="ProfileSlots"/> name.</summary>
    public required string Name { get; init; }

    public required SlotNeed Need { get; init; }

    /// <summary>Reads the slot from any message (and validates it: an age out of range is not taken).</summary>
    public required SlotReader Read { get; init; }

    public required Func<SearchProfile, bool> IsKnown { get; init; }

    /// <summary>Marks the slot "no preference" ("egal", or asked often enough).</summary>
    public required Action<SearchProfile> SetNoPreference { get; init; }

    public required RegisterText Prompt { get; init; }

    /// <summary>Buttons for the prompt (false: German, true: English), or null.</summary>
    public Func<bool, List<Choice>>? Choices { get; init; }

    /// <summary>Whether the question makes sense for this person (the school only at school age …).</summary>
    public Func<SearchProfile, bool> AppliesTo { get; init; } = _ => true;
}
