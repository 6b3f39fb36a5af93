namespace TrierBot.Channels;

/// <summary>Retry settings for calls to a messenger's API (part of each channel's section).</summary>
public sealed class OutgoingRetryOptions
{
    /// <summary>Retries after the first attempt; only failures that certainly did not deliver are retried.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay; it doubles with every retry (with jitter).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound for one wait, also for a server's Retry-After.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}
