namespace Partners.Domain.Offers;

/// <summary>
/// A target group (public cible) an offer may be restricted to, e.g. young people under 25, long-term job seekers,
/// integration-income beneficiaries (reference data; decree Art. 11 5° a).
/// </summary>
public sealed class TargetGroup
{
    public long Id { get; set; }

    /// <summary>Stable code, e.g. <c>YOUTH_UNDER_25</c>; the job seeker's pathway lists these codes.</summary>
    public required string Code { get; set; }

    public required string NameFr { get; set; }

    public required string NameEn { get; set; }
}
