namespace Partners.Domain.Referrals;

/// <summary>The coded reason of a refused candidacy (refus de candidature, decree Art. 14 4°–5°).</summary>
public enum RefusalReason
{
    Unreachable,
    DidNotAttendIntake,
    NotEligible,
    PrerequisitesNotMet,
    NoSeats,
    NotInterested,
    FoundEmployment,
    InOtherTraining,
    NotMobile,
    BarriersToAddressFirst,
    Duplicate,
    Other,
}
