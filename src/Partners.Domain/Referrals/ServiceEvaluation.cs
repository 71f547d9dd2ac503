namespace Partners.Domain.Referrals;

/// <summary>
/// The evaluation at the end of the service, made with the job seeker and sent to the counsellor
/// (évaluation de la prestation, decree Art. 14 7°).
/// </summary>
public sealed class ServiceEvaluation
{
    public required ObjectiveAttainment Attainment { get; init; }

    public required string Summary { get; init; }

    /// <summary>Whether the job seeker agreed with the evaluation (évaluation réalisée avec le demandeur d'emploi).</summary>
    public required bool AgreedWithJobSeeker { get; init; }

    public string? NextStepProposals { get; init; }
}
