namespace Partners.Domain.JobSeekers;

/// <summary>
/// The <c>PATHWAY</c> data category (parcours): registration, accompaniment type, referent counsellor
/// (conseiller référent, decree Art. 13 2°), target groups and the objectives of the action plan (Art. 8).
/// </summary>
public sealed class JobSeekerPathway
{
    public DateOnly? RegisteredOn { get; set; }

    public AccompanimentType? AccompanimentType { get; set; }

    /// <summary>The current referent counsellor's name; set with their designation (<see cref="JobSeeker.DesignateCounsellor"/>).</summary>
    public string? ReferentCounsellorName { get; set; }

    /// <summary>The current referent counsellor: the object id (<c>oid</c>) of their Office account.</summary>
    public string? ReferentCounsellorUserId { get; set; }

    /// <summary>The Office's evaluation at closing (Art. 13 9°): how far the objectives were reached.</summary>
    public Referrals.ObjectiveAttainment? ClosingAttainment { get; set; }

    /// <summary>The Office's evaluation at closing, in words.</summary>
    public string? ClosingEvaluation { get; set; }

    /// <summary>Codes of the target groups (publics cibles) the person belongs to; see <c>Offers.TargetGroup.Code</c>.</summary>
    public List<string> TargetGroupCodes { get; set; } = [];

    public List<ProfessionalObjective> ProfessionalObjectives { get; init; } = [];
}
