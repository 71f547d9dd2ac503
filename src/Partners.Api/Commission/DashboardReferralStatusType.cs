using GraphQL.Types;
using Partners.Domain.Referrals;

namespace Partners.Api.Commission;

/// <summary>
/// The referral states as the dashboard counts them. The referrals feature owns this enum: once it defines its
/// own <c>ReferralStatus</c> type, this one goes and the dashboard uses that.
/// </summary>
public sealed class DashboardReferralStatusType : EnumerationGraphType<ReferralStatus>
{
    public DashboardReferralStatusType()
    {
        Name = "ReferralStatus";
        Description = "The life of a referral (adressage, décret du 12 janvier 2012, art. 13 5°, art. 14 4°–7°).";
        Values["SENT"]!.Description = "Sent by the referent counsellor.";
        Values["RECEIVED"]!.Description = "Received by the operator.";
        Values["ACCEPTED"]!.Description = "Candidacy accepted.";
        Values["REFUSED"]!.Description = "Candidacy refused, with a reason.";
        Values["WAITLISTED"]!.Description = "Candidacy on the waiting list.";
        Values["IN_PROGRESS"]!.Description = "Service in progress.";
        Values["COMPLETED"]!.Description = "Service completed.";
        Values["ABANDONED"]!.Description = "Service abandoned.";
        Values["CANCELLED"]!.Description = "Cancelled by the referring side.";
    }
}
