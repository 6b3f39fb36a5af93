namespace TrierBot.Handoff;

/// <summary>Hand a conversation to another team and/or one colleague, with an internal note.</summary>
public sealed record TransferRequest(string? Team, string? Colleague, string? Note);
