using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace TrierBot.Handoff;

/// <summary>
/// Creates and checks console accounts; passwords only ever as ASP.NET Core's <see cref="PasswordHasher{TUser}"/> hash.
/// Sessions are bound to the account's <see cref="CounsellorAccount.SecurityStamp"/>: a new password, a logout or the
/// removal of the account ends every cookie issued before.
/// </summary>
public sealed class CounsellorAccounts(HandoffStore store)
{
    public const int MinimumPasswordLength = 10;

    /// <summary>The claim that carries the account's security stamp in the console cookie.</summary>
    public const string SecurityStampClaim = "trierbot:stamp";

    /// <summary>The claim of the monitoring permission (<c>counsellor add … --monitoring</c>).</summary>
    public const string MonitoringClaim = "trierbot:monitoring";

    private static readonly PasswordHasher<CounsellorAccount> Hasher = new();

    /// <summary>Creates or replaces an account; throws <see cref="ArgumentException"/> for an unknown team or a short password.</summary>
    public CounsellorAccount Save(string login, string displayName, IEnumerable<string> teams, string password, bool monitoring = false)
    {
        if (string.IsNullOrWhiteSpace(login) || login.Any(char.IsWhiteSpace)) throw new ArgumentException("Der Login darf nicht leer sein und keine Leerzeichen enthalten.", nameof(login));
        if (password.Length < MinimumPasswordLength) throw new ArgumentException($"Das Passwort braucht mindestens {MinimumPasswordLength} Zeichen.", nameof(password));
        var normalized = new List<string>();
        foreach (var team in teams.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            normalized.Add(HandoffTeams.Normalize(team) ?? throw new ArgumentException($"Unbekanntes Team „{team.Trim()}“. Teams: {string.Join(", ", HandoffTeams.All)}", nameof(teams)));
        }

        if (normalized.Count == 0 && !monitoring) throw new ArgumentException($"Mindestens ein Team angeben: {string.Join(", ", HandoffTeams.All)}", nameof(teams));
        var account = new CounsellorAccount
        {
            Id = login.Trim().ToLowerInvariant(),
            DisplayName = CounsellorMessages.DisplayName(login, displayName),
            Teams = normalized.Distinct().ToList(),
            Monitoring = monitoring,
            // A replaced account (new password, other teams) starts without the sessions of the old one.
            SecurityStamp = NewStamp(),
        };
        account.PasswordHash = Hasher.HashPassword(account, password);
        store.SaveAccount(account);
        return account;
    }

    /// <summary>The account when login and password match, else null (same answer for unknown login and wrong password).</summary>
    public CounsellorAccount? Verify(string? login, string? password)
    {
        if (string.IsNullOrWhiteSpace(login) || string.IsNullOrEmpty(password)) return null;
        var account = store.FindAccount(login);
        if (account is null)
        {
            // Hash anyway so that an unknown login takes as long as a wrong password.
            Hasher.HashPassword(new CounsellorAccount(), password);
            return null;
        }

        var result = Hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed) return null;
        var changed = false;
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = Hasher.HashPassword(account, password);
            changed = true;
        }

        // Accounts created before stamps existed get one on their first login.
        if (string.IsNullOrEmpty(account.SecurityStamp))
        {
            account.SecurityStamp = NewStamp();
            changed = true;
        }

        if (changed) store.SaveAccount(account);
        return account;
    }

    /// <summary>The identity a console cookie carries for <paramref name="account"/>, stamp included.</summary>
    public static ClaimsPrincipal CreatePrincipal(CounsellorAccount account, string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id),
            new(ClaimTypes.Name, account.Id),
            new(CounsellorIdentity.DisplayNameClaim, account.DisplayName),
            new(SecurityStampClaim, account.SecurityStamp),
        };
        claims.AddRange(account.Teams.Select(t => new Claim(CounsellorIdentity.TeamClaim, t)));
        if (account.Monitoring) claims.Add(new Claim(MonitoringClaim, "true"));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }

    /// <summary>Ends every session of <paramref name="login"/> (logout signs out all of the counsellor's browsers).</summary>
    public void RenewSecurityStamp(string login)
    {
        if (store.FindAccount(login) is not { } account) return;
        account.SecurityStamp = NewStamp();
        store.SaveAccount(account);
    }

    /// <summary>
    /// Whether a cookie of a local login still belongs to an existing account with the same stamp. Logins through the
    /// city's identity provider carry no stamp (their accounts live there) and pass when their authentication type says so.
    /// </summary>
    public bool IsCurrent(ClaimsPrincipal principal, string localAuthenticationType)
    {
        var stamp = principal.FindFirstValue(SecurityStampClaim);
        if (stamp is null) return principal.Identity?.AuthenticationType is { } type && type != localAuthenticationType;
        var login = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (string.IsNullOrEmpty(login) || store.FindAccount(login) is not { SecurityStamp.Length: > 0 } account) return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(stamp), Encoding.UTF8.GetBytes(account.SecurityStamp));
    }

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
