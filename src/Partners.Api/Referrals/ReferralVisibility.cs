using Partners.Api.Identity;
using Partners.Domain.Referrals;

namespace Partners.Api.Referrals;

/// <summary>
/// A referral is seen by its two parties only: the referring Office and the receiving operator. To anyone else it
/// does not exist (not found, never counted).
/// </summary>
public static class ReferralVisibility
{
    public static IQueryable<Referral> VisibleTo(this IQueryable<Referral> referrals, Caller caller)
    {
        var organisation = caller.OrganisationId;
        return referrals.Where(r => r.OperatorOrganisationId == organisation || r.ReferringOrganisationId == organisation);
    }

    public static bool IsVisibleTo(this Referral referral, Caller caller) =>
        referral.OperatorOrganisationId == caller.OrganisationId || referral.ReferringOrganisationId == caller.OrganisationId;
}
