namespace Partners.Domain.Referrals;

/// <summary>The two sides of a referral, each allowed its own moves (domain.md, referral table).</summary>
public enum ReferralParty
{
    /// <summary>The referring Office (le Forem) and its referent counsellor (conseiller référent, Art. 13 5°).</summary>
    ReferringSide,

    /// <summary>The receiving operator (opérateur, Art. 14 4°–7°).</summary>
    ReceivingOperator,
}
