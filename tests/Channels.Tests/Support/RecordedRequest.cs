using System.Text.Json.Nodes;

namespace TrierBot.Channels.Tests.Support;

/// <summary>One request a fake messenger API received: method name (or path), headers of interest, JSON body.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, JsonNode? Body);
