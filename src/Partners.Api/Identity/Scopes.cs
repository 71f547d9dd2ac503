using Partners.Domain.Organisations;

namespace Partners.Api.Identity;

/// <summary>The OAuth scopes of the platform (domain.md, "The clients") and which organisation kinds may hold them.</summary>
public static class Scopes
{
    public const string OffersRead = "offers:read";
    public const string OffersWrite = "offers:write";
    public const string ReferralsRead = "referrals:read";
    public const string ReferralsWrite = "referrals:write";
    public const string ComplaintsRead = "complaints:read";
    public const string ComplaintsWrite = "complaints:write";
    public const string DisputesRead = "disputes:read";
    public const string DisputesWrite = "disputes:write";
    public const string Commission = "commission";
    public const string ConsentsWrite = "consents:write";
    public const string AuditRead = "audit:read";
    public const string JobSeekerIdentity = "jobseeker:identity";
    public const string JobSeekerPathway = "jobseeker:pathway";
    public const string JobSeekerSocial = "jobseeker:social";
    public const string JobSeekerHealth = "jobseeker:health";

    public static IReadOnlyList<string> All { get; } =
    [
        OffersRead, OffersWrite, ReferralsRead, ReferralsWrite, ComplaintsRead, ComplaintsWrite, DisputesRead,
        DisputesWrite, Commission, ConsentsWrite, AuditRead, JobSeekerIdentity, JobSeekerPathway, JobSeekerSocial,
        JobSeekerHealth,
    ];

    /// <summary>Every category of a job seeker: a scope says "this software may handle this kind of data"; the rule or a consent says "for this person".</summary>
    public static IReadOnlyList<string> JobSeeker { get; } = [JobSeekerIdentity, JobSeekerPathway, JobSeekerSocial, JobSeekerHealth];

    /// <summary>
    /// Operators (ISP, reconversion unit) may hold every job-seeker scope: SOCIAL and HEALTH still open only under a
    /// consent naming them (domain.md, "The clients").
    /// </summary>
    private static readonly string[] OperatorScopes =
    [
        OffersRead, OffersWrite, ReferralsRead, ReferralsWrite, ComplaintsRead, ComplaintsWrite, DisputesRead, DisputesWrite,
        .. JobSeeker,
    ];

    /// <summary>The ceiling of scopes per organisation kind: a client is never granted more than its kind allows.</summary>
    public static IReadOnlySet<string> AllowedFor(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Office => All.Where(s => s != Commission).ToHashSet(StringComparer.Ordinal),
        OrganisationKind.Cpas => OperatorScopes.Append(ConsentsWrite).ToHashSet(StringComparer.Ordinal),
        OrganisationKind.IspOperator or OrganisationKind.ReconversionUnit => OperatorScopes.ToHashSet(StringComparer.Ordinal),
        OrganisationKind.Commission => new HashSet<string>([Commission, DisputesRead, OffersRead], StringComparer.Ordinal),
        _ => new HashSet<string>(StringComparer.Ordinal),
    };
}
