namespace Partners.Domain.JobSeekers;

/// <summary>
/// The <c>SOCIAL</c> data category, under the professional secrecy of the CPAS (organic law of 8 July 1976,
/// art. 36): follow-up, integration income (revenu d'intégration), social aid (aide sociale) and
/// article 60 §7 employment. Readable by the person's own CPAS, by others only under consent.
/// </summary>
public sealed class JobSeekerSocial
{
    /// <summary>The person's own CPAS (Centre public d'action sociale).</summary>
    public long? CpasOrganisationId { get; set; }

    public bool FollowedByCpas { get; set; }

    public bool ReceivesIntegrationIncome { get; set; }

    public bool ReceivesSocialAid { get; set; }

    /// <summary>Employed under article 60 §7 of the CPAS organic law.</summary>
    public bool EmployedUnderArticle60 { get; set; }
}
