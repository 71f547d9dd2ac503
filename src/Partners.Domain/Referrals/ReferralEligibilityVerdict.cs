namespace Partners.Domain.Referrals;

/// <summary>
/// A job seeker found eligible for an offer (decree Art. 13 5°). Only <see cref="ReferralEligibility"/> makes one,
/// so a referral cannot be created without the check.
/// </summary>
public sealed class ReferralEligibilityVerdict
{
    internal ReferralEligibilityVerdict(long offerId, long operatorOrganisationId, long jobSeekerId, bool goesToWaitingList)
    {
        OfferId = offerId;
        OperatorOrganisationId = operatorOrganisationId;
        JobSeekerId = jobSeekerId;
        GoesToWaitingList = goesToWaitingList;
    }

    public long OfferId { get; }

    public long OperatorOrganisationId { get; }

    public long JobSeekerId { get; }

    /// <summary>
    /// The offer has no seat left: the referral is still made, as SENT, and flagged
    /// <see cref="Referral.ReferredToWaitingList"/>; the operator then waitlists (or accepts) it, since only the
    /// receiving operator sets WAITLISTED.
    /// </summary>
    public bool GoesToWaitingList { get; }
}
