namespace TrierBot.Handoff;

/// <summary>The console's login form.</summary>
public sealed record LoginRequest(string? Login, string? Password);
