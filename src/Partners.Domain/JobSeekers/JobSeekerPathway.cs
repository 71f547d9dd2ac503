namespace Partners.Domain.JobSeekers;

/// <summary>
/// The <c>PATHWAY</c> data category (parcours): registration, accompaniment type, referent counsellor
/// (conseiller référent, decree Art. 13 2°), target groups and the objectives of the action plan (Art. 8).
/// </summary>
public sealed class JobSeekerPathway
{
    public DateOnly? RegisteredOn { get; set; }

    public AccompanimentType? AccompanimentType { get; set; }

    public string? ReferentCounsellorName { get; set; }

    /// <summary>Codes of the target groups (publics cibles) the person belongs to; see <c>Offers.TargetGroup.Code</c>.</summary>
    public List<string> TargetGroupCodes { get; set; } = [];

    public List<ProfessionalObjective> ProfessionalObjectives { get; init; } = [];
}
