namespace Partners.Domain.Referrals;

/// <summary>One row of the referral table: the state, who sets it, and the states it may be set from.</summary>
public sealed record ReferralTransition(ReferralStatus To, ReferralParty SetBy, params ReferralStatus[] From);
