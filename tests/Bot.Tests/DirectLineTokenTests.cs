using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace TrierBot.Bot.Tests;

/// <summary>
/// Direct Line tokens signed with the right key but with contents we never issue (absurd expiry, no conversation)
/// are refused with 403 by every endpoint that takes a token, never with a 500.
/// </summary>
public sealed class DirectLineTokenTests : IAsyncLifetime
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    private LoopbackHost _host = null!;

    public async Task InitializeAsync() => _host = await LoopbackHost.StartAsync(settings: new Dictionary<string, string>
    {
        ["DirectLine:TokenSigningKey"] = Convert.ToBase64String(Key),
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string> ForgedPayloads => new()
    {
        """{"Conv":"abcdefghijklmnopqrstuvwx","User":"dl_u","Exp":253402300799}""",
        """{"Conv":"abcdefghijklmnopqrstuvwx","User":"dl_u","Exp":-1}""",
        """{"Conv":"abcdefghijklmnopqrstuvwx","User":"dl_u","Exp":"morgen"}""",
        """{"Conv":"abcdefghijklmnopqrstuvwx","User":"dl_u","Exp":1e30}""",
        """{"Conv":"abcdefghijklmnopqrstuvwx","User":"dl_u","Exp":99999999999999999999999}""",
        $$"""{"Conv":null,"User":"dl_u","Exp":{{Soon}}}""",
        $$"""{"User":"dl_u","Exp":{{Soon}}}""",
        $$"""{"Conv":"","User":"dl_u","Exp":{{Soon}}}""",
        $$"""{"Conv":"../../etc","User":"dl_u","Exp":{{Soon}}}""",
        $$"""{"Conv":42,"User":"dl_u","Exp":{{Soon}}}""",
        "[]",
        "null",
        "not json",
    };

    private static long Soon => DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds();

    [Theory]
    [MemberData(nameof(ForgedPayloads))]
    public async Task DirectLine_SignedTokenWithAbsurdContent_Returns403(string payload)
    {
        var token = Sign(payload);

        foreach (var (method, path) in new[]
        {
            (HttpMethod.Post, "/v3/directline/conversations"),
            (HttpMethod.Post, "/v3/directline/tokens/refresh"),
            (HttpMethod.Get, "/v3/directline/conversations/abcdefghijklmnopqrstuvwx"),
            (HttpMethod.Get, "/v3/directline/conversations/abcdefghijklmnopqrstuvwx/activities"),
        })
        {
            using var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await _host.Client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task DirectLine_SignedTokenWithSaneContent_Accepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Sign($$"""{"Conv":"abcdefghijklmnopqrstuvwx","User":"dl_u","Exp":{{Soon}}}"""));

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static string Sign(string payload)
    {
        var bytes = Encoding.UTF8.GetBytes(payload);
        return $"{Base64Url(bytes)}.{Base64Url(HMACSHA256.HashData(Key, bytes))}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
