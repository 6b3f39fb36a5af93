using System.Collections.Concurrent;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace TrierBot.Channels.Tests.Support;

/// <summary>
/// Stands in, over https on loopback, for the two token services of an Azure bot: the Bot Framework's OpenID
/// metadata and JWKS (an RSA key made here, with the channel endorsements the SDK checks; tokens signed with it
/// the way the Bot Connector signs its requests to a bot), and the Entra ID token endpoint where the bot gets its
/// own token for replies (client credentials, as MSAL asks for it).
/// </summary>
public sealed class FakeBotFrameworkTokenService : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.test";
    public const string KeyId = "trierbot-test-key";
    private const string Policy = "B2C_1_bot";
    private readonly WebApplication _app;
    private readonly RSA _key;
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _tokenRequests = new();

    private FakeBotFrameworkTokenService(WebApplication app, string baseUrl, RSA key, LoopbackCertificate certificate)
    {
        _app = app;
        _key = key;
        BaseUrl = baseUrl;
        Certificate = certificate;
    }

    public string BaseUrl { get; }

    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    /// <summary>
    /// The login URL (authority) for the bot's own token, as <c>ToChannelFromBotLoginUrl</c> expects it. In the shape
    /// of an Azure AD B2C authority, because for every other Entra ID authority MSAL first asks
    /// login.microsoftonline.com for instance metadata (beyond loopback); the token request is the same.
    /// </summary>
    public string LoginUrl(string tenantId) => $"{BaseUrl}/tfp/{tenantId}/{Policy}/";

    /// <summary>The access token this service hands out to the bot.</summary>
    public string BotAccessToken { get; } = "bot-access-token-" + Guid.NewGuid().ToString("N");

    /// <summary>The form fields of every token request the bot made.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> TokenRequests => _tokenRequests.ToList();

    /// <summary>The TLS certificate this service presents; nothing trusts it unless told to.</summary>
    public LoopbackCertificate Certificate { get; }

    public static async Task<FakeBotFrameworkTokenService> StartAsync(params string[] endorsedChannels)
    {
        var key = RSA.Create(2048);
        var parameters = key.ExportParameters(includePrivateParameters: false);
        var certificate = LoopbackCertificate.Create();
        FakeBotFrameworkTokenService? service = null;
        var (app, url) = await LoopbackApp.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = "https://invalid.example.org/authorize",
                ["jwks_uri"] = service!.BaseUrl + "/v1/.well-known/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
            }));
            app.MapGet("/v1/.well-known/keys", () => Results.Json(new
            {
                keys = new[]
                {
                    new
                    {
                        kty = "RSA",
                        use = "sig",
                        kid = KeyId,
                        n = Base64UrlEncoder.Encode(parameters.Modulus),
                        e = Base64UrlEncoder.Encode(parameters.Exponent),
                        endorsements = endorsedChannels,
                    },
                },
            }));
            app.MapPost($"/tfp/{{tenant}}/{Policy}/oauth2/v2.0/token", async (HttpRequest request) =>
            {
                var form = await request.ReadFormAsync();
                service!._tokenRequests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
                return Results.Json(new { token_type = "Bearer", expires_in = 3599, ext_expires_in = 3599, access_token = service.BotAccessToken });
            });
        }, certificate.Certificate);
        service = new FakeBotFrameworkTokenService(app, url, key, certificate);
        return service;
    }

    /// <summary>
    /// The SDK validates channel tokens with metadata it fetches through its own static HttpClient, which no test
    /// can make trust a loopback certificate (and IdentityModel refuses plain http). But the SDK keeps one metadata
    /// manager per metadata URL, made by the first <see cref="JwtTokenExtractor"/> for that URL with the HttpClient
    /// given to its public constructor. Making that first extractor here, with a client that trusts this service,
    /// lets the SDK fetch our metadata over verified https; the metadata, the keys and every check stay the SDK's.
    /// </summary>
    public void LetTheSdkFetchMetadata()
    {
        _ = new JwtTokenExtractor(Certificate.CreateTrustingClient(), new TokenValidationParameters(), MetadataUrl, AuthenticationConstants.AllowedSigningAlgorithms);
    }

    /// <summary>A token as the Bot Connector sends it: audience = the bot's app id, serviceurl claim.</summary>
    public string CreateToken(string appId, string serviceUrl, RSA? signWith = null)
    {
        var credentials = new SigningCredentials(new RsaSecurityKey(signWith ?? _key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256);
        var token = new JwtSecurityToken(
            issuer: Issuer,
            audience: appId,
            claims: [new Claim("serviceurl", serviceUrl)],
            notBefore: DateTime.UtcNow.AddMinutes(-1),
            expires: DateTime.UtcNow.AddMinutes(30),
            signingCredentials: credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _key.Dispose();
        Certificate.Dispose();
    }
}
