namespace TrierBot.Handoff;

/// <summary>A console login (serialized: plain get/set). The password is stored as ASP.NET Core's PasswordHasher hash.</summary>
public sealed class CounsellorAccount
{
    /// <summary>The login, lower case; LiteDB's id.</summary>
    public string Id { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public List<string> Teams { get; set; } = [];
}
