namespace Partners.Domain.Disputes;

/// <summary>A referral a dispute is about (see <see cref="Dispute.Referrals"/>).</summary>
public sealed class DisputeReferral
{
    public DisputeReferral(long referralId) => ReferralId = referralId;

    public long ReferralId { get; private set; }
}
