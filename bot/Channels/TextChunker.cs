namespace TrierBot.Channels;

/// <summary>
/// Splits a long answer into messages a messenger accepts (Telegram and WhatsApp: 4096 characters), at a
/// paragraph, line or word boundary where one is near, never inside a surrogate pair.
/// </summary>
public static class TextChunker
{
    public static IReadOnlyList<string> Split(string? text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var chunks = new List<string>();
        var rest = text.Trim();
        while (rest.Length > maxLength)
        {
            var cut = FindCut(rest, maxLength);
            chunks.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            chunks.Add(rest);
        }

        return chunks;
    }

    private static int FindCut(string text, int maxLength)
    {
        // Prefer the latest boundary in the second half of the window, so no message becomes tiny.
        var window = text.AsSpan(0, maxLength);
        var half = maxLength / 2;
        foreach (var boundary in new[] { "\n\n", "\n", ". ", " " })
        {
            var at = window.LastIndexOf(boundary.AsSpan(), StringComparison.Ordinal);
            if (at >= half)
            {
                return at + boundary.Length;
            }
        }

        // No boundary: hard cut, but keep a surrogate pair (an emoji) together.
        return char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
    }
}
