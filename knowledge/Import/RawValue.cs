namespace TrierBot.Knowledge.Import;

/// <summary>One field as read from JSON or CSV; <see cref="Items"/> only for JSON arrays.</summary>
internal sealed record RawValue(RawValueKind Kind, string Text, IReadOnlyList<string> Items)
{
    public static RawValue FromText(string text) => new(RawValueKind.Text, text, []);
}
