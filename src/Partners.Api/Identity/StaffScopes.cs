namespace Partners.Api.Identity;

/// <summary>
/// What each Office staff role may do: a staff token's <c>scp</c> is cut down to the Office's ceiling and to the
/// union of its roles' scopes, so a person without a role holds no scope at all. Only the social service reads
/// health data (domain.md, HEALTH) and only the data protection officer reads the access log.
/// </summary>
public static class StaffScopes
{
    private static readonly Dictionary<string, string[]> ByRole = new(StringComparer.Ordinal)
    {
        [StaffRoles.Counsellor] =
        [
            Scopes.OffersRead, Scopes.OffersWrite, Scopes.ReferralsRead, Scopes.ReferralsWrite,
            Scopes.JobSeekerIdentity, Scopes.JobSeekerPathway, Scopes.ConsentsWrite,
        ],
        [StaffRoles.SocialService] =
        [
            Scopes.OffersRead, Scopes.ReferralsRead, Scopes.JobSeekerIdentity, Scopes.JobSeekerPathway,
            Scopes.JobSeekerSocial, Scopes.JobSeekerHealth, Scopes.ConsentsWrite,
        ],
        [StaffRoles.ComplaintsService] =
        [
            Scopes.OffersRead, Scopes.ReferralsRead, Scopes.JobSeekerIdentity, Scopes.ComplaintsRead,
            Scopes.ComplaintsWrite, Scopes.DisputesRead, Scopes.DisputesWrite,
        ],
        [StaffRoles.DataProtectionOfficer] = [Scopes.AuditRead, Scopes.JobSeekerIdentity],
    };

    public static IReadOnlyCollection<string> Roles => ByRole.Keys;

    /// <summary>The scopes the given roles may hold together (unknown roles add nothing).</summary>
    public static IReadOnlySet<string> For(IEnumerable<string> roles) =>
        roles.Where(ByRole.ContainsKey).SelectMany(r => ByRole[r]).ToHashSet(StringComparer.Ordinal);
}
