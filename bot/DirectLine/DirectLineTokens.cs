using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace TrierBot.DirectLine;

/// <summary>
/// Issues and checks tokens: "&lt;payload&gt;.&lt;HMAC-SHA256&gt;", both base64url. Opaque to the client, which
/// needs no more than a string (two parts, so Web Chat does not mistake it for a JWT).
/// </summary>
public sealed class DirectLineTokens
{
    private readonly byte[] _key;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;

    public DirectLineTokens(IOptions<DirectLineOptions> options, DirectLineStore store, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _key = string.IsNullOrWhiteSpace(_options.TokenSigningKey)
            ? store.GetOrCreateSigningKey()
            : Convert.FromBase64String(_options.TokenSigningKey);
    }

    public int LifetimeSeconds => (int)_options.TokenLifetime.TotalSeconds;

    public string Issue(string conversationId, string? userId)
    {
        var expires = _time.GetUtcNow().Add(_options.TokenLifetime).ToUnixTimeSeconds();
        var payload = JsonSerializer.SerializeToUtf8Bytes(new TokenPayload(conversationId, userId, expires));
        return $"{Base64Url(payload)}.{Base64Url(HMACSHA256.HashData(_key, payload))}";
    }

    /// <summary>The grant of a genuine, unexpired token; null for anything else (the caller answers 403).</summary>
    public DirectLineToken? Validate(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024) return null;
        var dot = token.IndexOf('.');
        if (dot <= 0) return null;
        byte[] payload, signature;
        try
        {
            payload = FromBase64Url(token[..dot]);
            signature = FromBase64Url(token[(dot + 1)..]);
        }
        catch (FormatException)
        {
            return null;
        }
        if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_key, payload))) return null;
        TokenPayload? claims;
        try
        {
            claims = JsonSerializer.Deserialize<TokenPayload>(payload);
        }
        catch (JsonException)
        {
            // Signed with our key but not our shape (e.g. "Exp": "soon"): a key leaked or a bug, never a grant.
            return null;
        }

        if (claims is null || !DirectLineIds.IsValidConversationId(claims.Conv ?? "")) return null;
        // We never issue a token that lives longer than TokenLifetime: a later expiry (year 9999) is not ours either.
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        if (claims.Exp <= now || claims.Exp > now + LifetimeSeconds + MaxClockSkewSeconds) return null;
        return new DirectLineToken(claims.Conv!, claims.User, DateTimeOffset.FromUnixTimeSeconds(claims.Exp));
    }

    // Tolerance for a token issued a moment before a configuration change shortened the lifetime.
    private const int MaxClockSkewSeconds = 300;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '='));
    }

    private sealed record TokenPayload(string? Conv, string? User, long Exp);
}
