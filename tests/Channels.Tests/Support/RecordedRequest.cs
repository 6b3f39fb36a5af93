using System.Text.Json.Nodes;

namespace TrierBot.Channels.Tests.Support;

/// <summary>One request a fake messenger API received: method name (or path), headers of interest, JSON body, and when.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, JsonNode? Body)
{
    /// <summary>When it arrived (<see cref="System.Diagnostics.Stopwatch"/> ticks), to measure waits between attempts.</summary>
    public long Received { get; init; } = System.Diagnostics.Stopwatch.GetTimestamp();
}
