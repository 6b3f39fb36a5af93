using Microsoft.AspNetCore.Identity;

namespace TrierBot.Handoff;

/// <summary>Creates and checks console accounts; passwords only ever as ASP.NET Core's <see cref="PasswordHasher{TUser}"/> hash.</summary>
public sealed class CounsellorAccounts(HandoffStore store)
{
    public const int MinimumPasswordLength = 10;

    private static readonly PasswordHasher<CounsellorAccount> Hasher = new();

    /// <summary>Creates or replaces an account; throws <see cref="ArgumentException"/> for an unknown team or a short password.</summary>
    public CounsellorAccount Save(string login, string displayName, IEnumerable<string> teams, string password)
    {
        if (string.IsNullOrWhiteSpace(login) || login.Any(char.IsWhiteSpace)) throw new ArgumentException("Der Login darf nicht leer sein und keine Leerzeichen enthalten.", nameof(login));
        if (password.Length < MinimumPasswordLength) throw new ArgumentException($"Das Passwort braucht mindestens {MinimumPasswordLength} Zeichen.", nameof(password));
        var normalized = new List<string>();
        foreach (var team in teams.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            normalized.Add(HandoffTeams.Normalize(team) ?? throw new ArgumentException($"Unbekanntes Team „{team.Trim()}“. Teams: {string.Join(", ", HandoffTeams.All)}", nameof(teams)));
        }

        if (normalized.Count == 0) throw new ArgumentException($"Mindestens ein Team angeben: {string.Join(", ", HandoffTeams.All)}", nameof(teams));
        var account = new CounsellorAccount
        {
            Id = login.Trim().ToLowerInvariant(),
            DisplayName = CounsellorMessages.DisplayName(login, displayName),
            Teams = normalized.Distinct().ToList(),
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
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = Hasher.HashPassword(account, password);
            store.SaveAccount(account);
        }

        return result == PasswordVerificationResult.Failed ? null : account;
    }
}
