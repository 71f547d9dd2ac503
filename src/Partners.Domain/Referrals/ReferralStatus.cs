namespace Partners.Domain.Referrals;

/// <summary>The states of a referral (adressage, decree Art. 13 5°, Art. 14 4°–7°); see <see cref="ReferralStateMachine"/>.</summary>
public enum ReferralStatus
{
    Sent,
    Received,
    Accepted,
    Refused,
    Waitlisted,
    InProgress,
    Completed,
    Abandoned,
    Cancelled,
}
