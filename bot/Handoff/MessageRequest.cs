namespace TrierBot.Handoff;

/// <summary>A counsellor's message to the user.</summary>
public sealed record MessageRequest(string? Text);
