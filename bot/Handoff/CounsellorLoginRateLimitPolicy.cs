using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace TrierBot.Handoff;

/// <summary>
/// ASP.NET Core rate limiting for <c>POST /counsellor/login</c>: a fixed window of attempts per client address
/// (the address as <c>UseForwardedHeaders</c> left it, so behind a configured proxy each client has its own).
/// Answers 429 with Retry-After like the failure lockout in <see cref="CounsellorLoginThrottle"/>.
/// </summary>
public sealed class CounsellorLoginRateLimitPolicy(IOptions<HandoffOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "CounsellorLogin";

    private readonly CounsellorLoginOptions _options = options.Value.Login;

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (context, cancellationToken) =>
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : _options.Window;
        await CounsellorLoginThrottleResult.TooManyAttempts(context.HttpContext, wait).ExecuteAsync(context.HttpContext);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        // A fixed window, so that the lease can say exactly when the next attempt is allowed (Retry-After).
        RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = _options.PermitsPerAddress,
            Window = _options.Window,
            QueueLimit = 0,
        });
}
