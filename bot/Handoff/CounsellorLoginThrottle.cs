using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace TrierBot.Handoff;

/// <summary>
/// Failure counters for the console login, per account and per client address, with a lockout that doubles with
/// every further failure (the per-address request cap is ASP.NET Core's rate limiter, see <see cref="CounsellorLoginRateLimitPolicy"/>).
/// While locked, even the right password is refused, so guessing gains nothing from the answer.
/// Unknown logins count like known ones: a lockout does not tell which logins exist.
/// </summary>
public sealed class CounsellorLoginThrottle(IOptions<HandoffOptions> options, TimeProvider time)
{
    // An attacker spraying addresses or logins cannot grow the table beyond this; expired entries go first.
    private const int MaxEntries = 50_000;

    private readonly CounsellorLoginOptions _options = options.Value.Login;
    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>How long the caller must wait, or null when the attempt may be checked.</summary>
    public TimeSpan? RetryAfter(string? login, IPAddress? address)
    {
        var now = time.GetUtcNow();
        var wait = Remaining(AccountKey(login), now);
        var addressWait = Remaining(AddressKey(address), now);
        if (addressWait > wait) wait = addressWait;
        return wait > TimeSpan.Zero ? wait : null;
    }

    /// <summary>A wrong password: counts against the account and the address.</summary>
    public void Failed(string? login, IPAddress? address)
    {
        var now = time.GetUtcNow();
        if (_failures.Count >= MaxEntries) Prune(now);
        Count(AccountKey(login), _options.FreeFailuresPerAccount, now);
        Count(AddressKey(address), _options.FreeFailuresPerAddress, now);
    }

    /// <summary>The right password: the account starts afresh (the address keeps its count, or one own account would reset a spray).</summary>
    public void Succeeded(string? login) => _failures.TryRemove(AccountKey(login), out _);

    private void Count(string key, int free, DateTimeOffset now)
    {
        _failures.AddOrUpdate(key,
            _ => Next(new Failures(0, now, DateTimeOffset.MinValue), free, now),
            (_, old) => Next(now - old.Last > _options.ForgetAfter ? new Failures(0, now, DateTimeOffset.MinValue) : old, free, now));
    }

    private Failures Next(Failures old, int free, DateTimeOffset now)
    {
        var count = old.Count + 1;
        if (count < free) return new Failures(count, now, old.LockedUntil);
        var doublings = Math.Min(count - free, 20);
        var lockout = TimeSpan.FromTicks(Math.Min(_options.FirstLockout.Ticks * (1L << doublings), _options.MaxLockout.Ticks));
        return new Failures(count, now, now + lockout);
    }

    private TimeSpan Remaining(string key, DateTimeOffset now) =>
        _failures.TryGetValue(key, out var failures) && failures.LockedUntil > now ? failures.LockedUntil - now : TimeSpan.Zero;

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, failures) in _failures)
        {
            if (failures.LockedUntil <= now && now - failures.Last > TimeSpan.FromMinutes(1)) _failures.TryRemove(key, out _);
        }
    }

    private static string AccountKey(string? login) => "account:" + (login ?? "").Trim().ToLowerInvariant();

    private static string AddressKey(IPAddress? address) => "address:" + (address?.IsIPv4MappedToIPv6 == true ? address.MapToIPv4() : address);

    private sealed record Failures(int Count, DateTimeOffset Last, DateTimeOffset LockedUntil);
}
