using System.Text.Json.Serialization;

namespace TrierBot.Dialogs.Evaluation;

/// <summary>One conversation of the blind corpus (tests/Evaluation/conversations.json): fixed user turns and what must hold.</summary>
public sealed class EvaluationConversation
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";

    /// <summary>"dev" (may be looked at when it fails) or "heldout" (only reported).</summary>
    [JsonPropertyName("split")] public string Split { get; set; } = "";

    [JsonPropertyName("persona")] public string? Persona { get; set; }

    [JsonPropertyName("patterns")] public List<string> Patterns { get; set; } = [];

    [JsonPropertyName("turns")] public List<string> Turns { get; set; } = [];

    [JsonPropertyName("expect")] public EvaluationExpectation Expect { get; set; } = new();

    [JsonPropertyName("note")] public string? Note { get; set; }
}
