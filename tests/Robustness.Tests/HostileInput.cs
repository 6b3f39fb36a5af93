using Newtonsoft.Json.Linq;

namespace TrierBot.Robustness.Tests;

/// <summary>One entry of <c>hostile-inputs.json</c>; <see cref="Json"/> is the text, the card value or the activity.</summary>
public sealed record HostileInput(string Name, HostileInputKind Kind, JToken Json)
{
    /// <summary>The message text, for the surfaces that take only text (the command line).</summary>
    public string? Text => Kind == HostileInputKind.Text ? (string?)Json : null;

    public override string ToString() => Name;
}
