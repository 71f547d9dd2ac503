namespace Partners.Domain.Referrals;

/// <summary>
/// The candidacy result the operator gives the job seeker and the counsellor (information sur la suite réservée,
/// decree Art. 14 5°). A refusal carries a coded reason and a written motivation.
/// </summary>
public sealed class CandidacyResult
{
    public required CandidacyDecision Decision { get; init; }

    public RefusalReason? RefusalReason { get; init; }

    public required string Motivation { get; init; }

    /// <summary>How the candidacy fits the job seeker's action plan (plan d'action, Art. 8).</summary>
    public string? ActionPlanFit { get; init; }

    public required DateTime DecidedAt { get; init; }
}
