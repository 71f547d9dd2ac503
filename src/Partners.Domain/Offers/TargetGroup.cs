using Partners.Domain.Boundaries;

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

    /// <summary>
    /// The category of the fact that puts a person in the group (domain.md, "No leak through another category"):
    /// PATHWAY for most, SOCIAL for integration income, social aid and article 60 §7, HEALTH for disability. A
    /// person's group is shown, filtered or counted only where that category may be read.
    /// </summary>
    public DataCategory Category { get; set; } = DataCategory.Pathway;
}
