namespace TrierBot.Dialogs.Framework;

/// <summary>The choice a user picked: its value, its position in the list, and how sure the match is (1 = exact).</summary>
public sealed record FoundChoice(string Value, int Index, double Score);
