using System.Text.Json.Serialization;

namespace TrierBot.Dialogs.Evaluation;

/// <summary>What must hold for a corpus conversation to pass.</summary>
public sealed class EvaluationExpectation
{
    /// <summary>At least one of these record keys must be shown as an offer card.</summary>
    [JsonPropertyName("offersAny")] public List<string> OffersAny { get; set; } = [];

    /// <summary>Nothing in the data fits: no offer card outside <see cref="Acceptable"/> may be shown.</summary>
    [JsonPropertyName("noFit")] public bool NoFit { get; set; }

    /// <summary>Offers that may be shown without counting as unrelated.</summary>
    [JsonPropertyName("acceptable")] public List<string> Acceptable { get; set; } = [];

    /// <summary>True: a hand-off must start; false: it must not; null: either.</summary>
    [JsonPropertyName("handoff")] public bool? Handoff { get; set; }

    /// <summary>"du", "Sie" or "en".</summary>
    [JsonPropertyName("register")] public string? Register { get; set; }

    /// <summary>Words some reply must contain (case-insensitive).</summary>
    [JsonPropertyName("mustMention")] public List<string> MustMention { get; set; } = [];
}
