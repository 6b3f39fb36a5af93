using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace TrierBot.Channels;

/// <summary>
/// The retry rule for messenger API calls. A message must never arrive twice, and neither API has an
/// idempotency key, so only outcomes where the message certainly did not arrive are retried.
/// </summary>
public static class OutgoingRetry
{
    public static void AddSafeRetry(this ResiliencePipelineBuilder<HttpResponseMessage> pipeline, OutgoingRetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, options.MaxRetries),
            Delay = options.BaseDelay,
            MaxDelay = options.MaxDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(CertainlyNotDelivered(args.Outcome)),
        });
    }

    /// <summary>
    /// True for failures before the request reached the server (connection, DNS, TLS), a 5xx answer (the API
    /// did not accept the message) and 429 with Retry-After (rejected, come back later). Timeouts and dropped
    /// responses are not retried: the message may already be on the user's phone.
    /// </summary>
    public static bool CertainlyNotDelivered(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is HttpRequestException exception)
        {
            return exception.HttpRequestError is HttpRequestError.ConnectionError
                or HttpRequestError.NameResolutionError
                or HttpRequestError.SecureConnectionError;
        }

        if (outcome.Result is not { } response)
        {
            return false;
        }

        var status = (int)response.StatusCode;
        return status >= 500
            || (response.StatusCode == HttpStatusCode.TooManyRequests && response.Headers.RetryAfter is not null);
    }
}
