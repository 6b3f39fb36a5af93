using System.Security.Cryptography;

namespace TrierBot.DirectLine;

/// <summary>Random identifiers and the activity id format "&lt;conversation&gt;|&lt;watermark&gt;" that Azure uses too.</summary>
public static class DirectLineIds
{
    // Lower case only: LiteDB compares string ids case-insensitively by default.
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>24 characters of base32, 120 random bits.</summary>
    public static string NewId()
    {
        Span<byte> bytes = stackalloc byte[24];
        RandomNumberGenerator.Fill(bytes);
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++) chars[i] = Alphabet[bytes[i] & 31];
        return new string(chars);
    }

    public static string ActivityId(string conversationId, long watermark) => $"{conversationId}|{watermark:D7}";

    /// <summary>The watermark inside an activity id of this conversation, or null if it is not one of ours.</summary>
    public static long? WatermarkOf(string conversationId, string? activityId)
    {
        if (activityId is null || !activityId.StartsWith(conversationId + "|", StringComparison.Ordinal)) return null;
        return long.TryParse(activityId.AsSpan(conversationId.Length + 1), out var watermark) ? watermark : null;
    }

    public static bool IsValidConversationId(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => Alphabet.Contains(c) || char.IsAsciiDigit(c));
}
