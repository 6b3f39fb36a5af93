using System.Net;
using System.Text.Json;
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
            ShouldRetryAfterHeader = false,
            ShouldHandle = args => CertainlyNotDeliveredAsync(args.Outcome, options.MaxDelay),
            // A rate limit says when to come back; everything else backs off exponentially.
            DelayGenerator = async args => args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response
                ? await RetryHintAsync(response)
                : null,
        });
    }

    /// <summary>
    /// True for failures before the request reached the server (connection, DNS, TLS), a 5xx answer (the API
    /// did not accept the message) and 429 with a retry hint we can wait for (rejected, come back then).
    /// Timeouts and dropped responses are not retried: the message may already be on the user's phone.
    /// </summary>
    public static async ValueTask<bool> CertainlyNotDeliveredAsync(Outcome<HttpResponseMessage> outcome, TimeSpan maxWait)
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

        if ((int)response.StatusCode >= 500)
        {
            return true;
        }

        return response.StatusCode == HttpStatusCode.TooManyRequests
            && await RetryHintAsync(response) is { } wait
            && wait <= maxWait;
    }

    /// <summary>The Retry-After header, or Telegram's <c>parameters.retry_after</c> (seconds) in the body.</summary>
    public static async ValueTask<TimeSpan?> RetryHintAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Headers.RetryAfter is { } header)
        {
            return header.Delta ?? (header.Date is { } date ? Max(date - DateTimeOffset.UtcNow, TimeSpan.Zero) : null);
        }

        try
        {
            // Buffered, so the caller can still read the body after a final failure.
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return document.RootElement.TryGetProperty("parameters", out var parameters)
                && parameters.TryGetProperty("retry_after", out var seconds)
                && seconds.TryGetInt32(out var value)
                    ? TimeSpan.FromSeconds(value)
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
