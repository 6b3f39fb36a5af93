using System.Text.Json.Serialization;

namespace TrierBot.Knowledge.Evaluation;

/// <summary>
/// One labelled query of the evaluation set (docs/search-evaluation.md): what someone typed, optionally their
/// age, and the record ids that answer it; an empty <see cref="Expected"/> means nothing in the data fits.
/// </summary>
public sealed record EvaluationQuery
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("split")] public string Split { get; init; } = "dev";
    [JsonPropertyName("groups")] public IReadOnlyList<string> Groups { get; init; } = [];
    [JsonPropertyName("query")] public string Query { get; init; } = "";
    [JsonPropertyName("age")] public int? Age { get; init; }
    [JsonPropertyName("expected")] public IReadOnlyList<string> Expected { get; init; } = [];

    [JsonIgnore] public bool Answerable => Expected.Count > 0;

    /// <summary>Whether a result (one record or a whole series of dates) is one of the expected records; ids may be given with or without their source.</summary>
    public bool IsExpected(IEnumerable<string> resultKeys) =>
        resultKeys.Any(key => Expected.Any(e => string.Equals(e, key, StringComparison.OrdinalIgnoreCase)
            || string.Equals(e, key[(key.IndexOf(':') + 1)..], StringComparison.OrdinalIgnoreCase)));
}
