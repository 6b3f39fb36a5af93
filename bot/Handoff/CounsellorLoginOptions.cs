namespace TrierBot.Handoff;

/// <summary>How the console login slows down password guessing (section <c>Handoff:Login</c>).</summary>
public sealed class CounsellorLoginOptions
{
    /// <summary>Login attempts per client address and <see cref="Window"/> (ASP.NET Core's rate limiter), right or wrong.</summary>
    public int PermitsPerAddress { get; set; } = 30;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>After this many wrong passwords in a row an account is locked for <see cref="FirstLockout"/>.</summary>
    public int FreeFailuresPerAccount { get; set; } = 5;

    /// <summary>After this many wrong passwords (for any login) a client address is locked; a whole office may share one address.</summary>
    public int FreeFailuresPerAddress { get; set; } = 20;

    /// <summary>The first lockout; each further failure after it ran out doubles it, up to <see cref="MaxLockout"/>.</summary>
    public TimeSpan FirstLockout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxLockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failures are forgotten when none followed for this long.</summary>
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromHours(1);
}
