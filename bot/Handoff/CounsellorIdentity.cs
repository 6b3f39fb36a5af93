using System.Security.Claims;

namespace TrierBot.Handoff;

/// <summary>The signed-in counsellor as the console's claims describe them.</summary>
public sealed record CounsellorIdentity(string Login, string DisplayName, IReadOnlyList<string> Teams)
{
    public const string TeamClaim = "trierbot:team";
    public const string DisplayNameClaim = "trierbot:displayname";

    public static CounsellorIdentity FromPrincipal(ClaimsPrincipal user, string oidcTeamsClaim = "groups")
    {
        var login = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("preferred_username") ?? user.Identity?.Name ?? "";
        var name = user.FindFirstValue(DisplayNameClaim) ?? user.FindFirstValue("name") ?? login;
        var teams = user.FindAll(TeamClaim).Concat(user.FindAll(oidcTeamsClaim))
            .Select(c => HandoffTeams.Normalize(c.Value)).OfType<string>().Distinct().ToList();
        return new CounsellorIdentity(login, name, teams);
    }

    /// <summary>A case is visible to its team, to the colleague it was transferred to, and to its owner.</summary>
    public bool MaySee(HandoffCase handoffCase) =>
        Teams.Contains(handoffCase.Team) || handoffCase.AssignedTo == Login || handoffCase.Counsellor == Login;

    /// <summary>Queue changes carry no content and go to everyone (a transfer must also reach the one who gave it away); lines and typing only to those who may see the case.</summary>
    public bool MaySee(LiveUpdate update) =>
        update.CaseId is null || update.Kind is LiveUpdate.Queue or LiveUpdate.Callbacks or LiveUpdate.Erased || (update.Team is not null && Teams.Contains(update.Team)) || update.AssignedTo == Login || update.Counsellor == Login;
}
