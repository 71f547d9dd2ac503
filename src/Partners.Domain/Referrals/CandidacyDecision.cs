namespace Partners.Domain.Referrals;

/// <summary>The result of the analysis of a candidacy (analyse de la candidature, decree Art. 14 4°).</summary>
public enum CandidacyDecision
{
    Accepted,
    Refused,
    Waitlisted,
}
