using TrierBot.Dialogs.State;
using TrierBot.Dialogs.Texts;
using TrierBot.Knowledge;

namespace TrierBot.Dialogs.Conversations;

/// <summary>
/// A guided topic, declared: its intent, menu label, the slots (needed before the first offers or refining
/// them) and how each is read from any message, where its offers come from, and the hand-off team. The router,
/// the slot filling and the hand-off loop over the registered descriptors (<see cref="TopicCatalog"/>);
/// <see cref="GuidedTopicDialog"/> runs them all.
/// </summary>
public sealed class TopicDescriptor
{
    /// <summary>The recognizer's intent for this topic (IntentNames).</summary>
    public required string Intent { get; init; }

    public required LocalizedText MenuLabel { get; init; }

    /// <summary>Categories a message may name that point to this topic when the recognizer is unsure.</summary>
    public IReadOnlyList<string> CueCategories { get; init; } = [];

    /// <summary>Words that name the topic itself ("MINT"): they decide over everything else.</summary>
    public IReadOnlyList<string> NameWords { get; init; } = [];

    /// <summary>Words that pick the topic from the menu.</summary>
    public IReadOnlyList<string> MenuSynonyms { get; init; } = [];

    /// <summary>The slots in the order they are asked.</summary>
    public required IReadOnlyList<SlotDescriptor> Slots { get; init; }

    /// <summary>The knowledge sources the offers come from (<see cref="KnowledgeSources"/>).</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>Words for the search beside the person's own: what the topic is about, from the profile.</summary>
    public required Func<SearchProfile, IEnumerable<string>> SearchWords { get; init; }

    /// <summary>Categories that raise an offer's rank.</summary>
    public Func<SearchProfile, IEnumerable<string>> SearchCategories { get; init; } = p => p.Interests.Where(i => i != SearchProfile.Any);

    /// <summary>Words that find the matching counselling office.</summary>
    public required Func<SearchProfile, string> OfficeTopic { get; init; }

    /// <summary>The counsellors' team a hand-off from this topic goes to.</summary>
    public required string HandoffTeam { get; init; }

    /// <summary>"Sie" throughout (literacy), whoever writes.</summary>
    public bool AlwaysFormal { get; init; }

    /// <summary>Adults are the usual audience: "Sie" unless the person is clearly young.</summary>
    public bool AdultAudience { get; init; }

    /// <summary>Said once when the topic starts (literacy: free, confidential, nothing to be ashamed of).</summary>
    public RegisterText? Intro { get; init; }

    /// <summary>After the offers, offer a phone number instead of typing.</summary>
    public bool OffersPhone { get; init; }

    /// <summary>The youngest age the topic's offers are for: younger people are not sent here by their categories alone.</summary>
    public int MinAge { get; init; } = 3;

    public int MaxAge { get; init; } = 99;

    /// <summary>The topic (intent) for someone younger than <see cref="MinAge"/> ("bin 12, hab Langeweile": MINT), or null to stay.</summary>
    public string? ForYounger { get; init; }

    /// <summary>The topic (intent) for someone older than <see cref="MaxAge"/> (a 52-year-old back to work: counselling), or null to stay.</summary>
    public string? ForOlder { get; init; }
}
