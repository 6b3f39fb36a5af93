using System.Collections.Concurrent;
using System.IdentityModel.Tokens.Jwt;
using System.Reflection;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace TrierBot.Channels.Tests.Support;

/// <summary>
/// Stands in for the Bot Framework's token service on loopback: an OpenID metadata document and a JWKS with
/// an RSA key generated here (with the channel endorsements the SDK checks), and tokens signed with it the
/// way the Bot Connector signs requests to a bot.
/// </summary>
public sealed class FakeBotFrameworkTokenService : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.test";
    public const string KeyId = "trierbot-test-key";
    private readonly WebApplication _app;
    private readonly RSA _key;

    private FakeBotFrameworkTokenService(WebApplication app, string baseUrl, RSA key)
    {
        _app = app;
        _key = key;
        MetadataUrl = baseUrl + "/v1/.well-known/openidconfiguration";
    }

    public string MetadataUrl { get; }

    public static async Task<FakeBotFrameworkTokenService> StartAsync(params string[] endorsedChannels)
    {
        var key = RSA.Create(2048);
        var parameters = key.ExportParameters(includePrivateParameters: false);
        string? baseUrl = null;
        var (app, url) = await LoopbackApp.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = "https://invalid.example.org/authorize",
                ["jwks_uri"] = baseUrl + "/v1/.well-known/keys",
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
        });
        baseUrl = url;
        var service = new FakeBotFrameworkTokenService(app, url, key);
        AllowPlainHttpLoopback(service.MetadataUrl);
        return service;
    }

    /// <summary>
    /// The SDK fetches the metadata with IdentityModel's document retriever, which refuses http:// addresses,
    /// through a static HttpClient no test can give a trusted certificate. The SDK keeps one configuration
    /// manager per metadata URL in a static cache; putting one in for this loopback URL that permits http is
    /// the only change: the metadata, the keys and every token check are still the SDK's own.
    /// </summary>
    private static void AllowPlainHttpLoopback(string metadataUrl)
    {
        var field = typeof(JwtTokenExtractor).GetField("_openIdMetadataCache", BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException("The Bot Framework SDK changed: JwtTokenExtractor._openIdMetadataCache is gone.");
        var cache = (ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>>)field.GetValue(null)!;
        cache[metadataUrl] = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataUrl, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever { RequireHttps = false });
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
    }
}
