namespace TrierBot.Handoff;

/// <summary>A console login (serialized: plain get/set). The password is stored as ASP.NET Core's PasswordHasher hash.</summary>
public sealed class CounsellorAccount
{
    /// <summary>The login, lower case; LiteDB's id.</summary>
    public string Id { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public List<string> Teams { get; set; } = [];

    /// <summary>May see the education monitoring (<c>/monitoring</c>, docs/monitoring.md); an account may have this and no team.</summary>
    public bool Monitoring { get; set; }

    /// <summary>
    /// Renewed on every save (password change), on logout and on removal: a console cookie is valid only while it carries
    /// the account's current stamp (as ASP.NET Core Identity's security stamp).
    /// </summary>
    public string SecurityStamp { get; set; } = "";
}
