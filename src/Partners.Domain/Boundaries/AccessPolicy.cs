using Partners.Domain.Common;
using Partners.Domain.Organisations;

namespace Partners.Domain.Boundaries;

/// <summary>
/// A relation between a reader and a person that opens categories by rule, without a consent (domain.md, "The
/// boundaries", column "who may read without a consent").
/// </summary>
public enum AccessGround
{
    /// <summary>The reader is the Office (le Forem).</summary>
    Office,

    /// <summary>The reader is the Office's social service: staff with that role, or an Office client registered as it.</summary>
    OfficeSocialService,

    /// <summary>The reader is an operator with a referral of the person, open or closed within the retention window.</summary>
    Referral,

    /// <summary>The reader is the person's own CPAS.</summary>
    OwnCpas,
}

/// <summary>What is known of one reader and one job seeker when a category is asked for.</summary>
/// <param name="Grounds">The relations that hold between the reader and the person.</param>
/// <param name="ReferralContractId">With <see cref="AccessGround.Referral"/>: the cooperation contract the referral runs under.</param>
/// <param name="ConsentIds">The reader's active consents for this person, by category, only those the reader's kind may receive.</param>
/// <param name="ReferralId">With <see cref="AccessGround.Referral"/>: the referral that opens the person (its newest), the purpose of the reads.</param>
/// <param name="ConsentPurposes">The purpose stated in each of <paramref name="ConsentIds"/>, by consent id.</param>
public sealed record AccessFacts(
    IReadOnlySet<AccessGround> Grounds,
    long? ReferralContractId,
    IReadOnlyDictionary<DataCategory, long> ConsentIds,
    long? ReferralId = null,
    IReadOnlyDictionary<long, string>? ConsentPurposes = null);

/// <summary>
/// The outcome for one category: the legal basis of the read and its purpose (the referral it serves, or the
/// consent's stated purpose; neither for the holder's own mission), or the code of the refusal.
/// </summary>
public readonly record struct AccessDecision(bool Allowed, LegalBasis Basis, long? BasisReference, string? RefusalCode)
{
    /// <summary>For an operator's read under its cooperation contract: the referral the read serves.</summary>
    public long? ReferralId { get; init; }

    /// <summary>For a read under consent: the purpose the consent states.</summary>
    public string? Purpose { get; init; }

    public static AccessDecision Allow(LegalBasis basis, long? reference = null) => new(true, basis, reference, null);

    public static AccessDecision Refuse(string code) => new(false, default, null, code);
}

/// <summary>
/// domain.md's tables "what each party may see" and "who records a consent", written once. The field guard, the SQL
/// of lists, filters and counts, the subscriptions and the access log all read these tables: a change to the rule is
/// a change here. A category needs the token's scope AND (a ground of <see cref="OpenedBy"/> OR an active consent
/// naming the reader, of a kind that may receive it).
/// </summary>
public static class AccessPolicy
{
    /// <summary>The grounds that open each category without a consent.</summary>
    public static readonly IReadOnlyDictionary<DataCategory, IReadOnlyList<AccessGround>> OpenedBy = new Dictionary<DataCategory, IReadOnlyList<AccessGround>>
    {
        [DataCategory.Identity] = [AccessGround.Office, AccessGround.Referral, AccessGround.OwnCpas],
        [DataCategory.Pathway] = [AccessGround.Office, AccessGround.Referral, AccessGround.OwnCpas],
        [DataCategory.Social] = [AccessGround.OwnCpas],
        [DataCategory.Health] = [AccessGround.OfficeSocialService],
    };

    /// <summary>The holder of each category's secret: who records and withdraws a consent naming it.</summary>
    public static readonly IReadOnlyDictionary<DataCategory, AccessGround> HolderOf = new Dictionary<DataCategory, AccessGround>
    {
        [DataCategory.Identity] = AccessGround.Office,
        [DataCategory.Pathway] = AccessGround.Office,
        [DataCategory.Social] = AccessGround.OwnCpas,
        [DataCategory.Health] = AccessGround.OfficeSocialService,
    };

    /// <summary>The organisation kinds a consent naming each category may name as recipient.</summary>
    public static readonly IReadOnlyDictionary<DataCategory, IReadOnlySet<OrganisationKind>> RecipientsOf = new Dictionary<DataCategory, IReadOnlySet<OrganisationKind>>
    {
        [DataCategory.Identity] = new HashSet<OrganisationKind> { OrganisationKind.Cpas, OrganisationKind.IspOperator, OrganisationKind.ReconversionUnit },
        [DataCategory.Pathway] = new HashSet<OrganisationKind> { OrganisationKind.Cpas, OrganisationKind.IspOperator, OrganisationKind.ReconversionUnit },
        [DataCategory.Social] = new HashSet<OrganisationKind> { OrganisationKind.Office, OrganisationKind.Cpas, OrganisationKind.IspOperator, OrganisationKind.ReconversionUnit },
        [DataCategory.Health] = new HashSet<OrganisationKind> { OrganisationKind.Cpas, OrganisationKind.IspOperator, OrganisationKind.ReconversionUnit },
    };

    /// <summary>Whether a consent naming <paramref name="category"/> opens it to a reader of <paramref name="kind"/>.</summary>
    public static bool ConsentOpens(DataCategory category, OrganisationKind kind) => RecipientsOf[category].Contains(kind);

    /// <summary>The categories whose secret a party holds, given the grounds that hold for it and the person.</summary>
    public static IReadOnlySet<DataCategory> SecretsHeld(IEnumerable<AccessGround> grounds)
    {
        var set = grounds.ToHashSet();
        return HolderOf.Where(h => set.Contains(h.Value)).Select(h => h.Key).ToHashSet();
    }

    /// <summary>The legal basis a ground gives a read.</summary>
    public static LegalBasis BasisOf(AccessGround ground) => ground switch
    {
        AccessGround.Referral => LegalBasis.CooperationContract,
        AccessGround.OwnCpas => LegalBasis.OwnCpas,
        _ => LegalBasis.OfficeMission,
    };

    public static AccessDecision Decide(DataCategory category, bool hasScope, AccessFacts facts)
    {
        if (!hasScope)
        {
            return AccessDecision.Refuse(ErrorCodes.Forbidden);
        }

        foreach (var ground in OpenedBy[category])
        {
            if (facts.Grounds.Contains(ground))
            {
                return ground == AccessGround.Referral
                    ? AccessDecision.Allow(BasisOf(ground), facts.ReferralContractId) with { ReferralId = facts.ReferralId }
                    : AccessDecision.Allow(BasisOf(ground));
            }
        }

        return facts.ConsentIds.TryGetValue(category, out var consentId)
            ? AccessDecision.Allow(LegalBasis.Consent, consentId) with { Purpose = facts.ConsentPurposes?.GetValueOrDefault(consentId) }
            : AccessDecision.Refuse(ErrorCodes.ConsentRequired);
    }

    /// <summary>The grounds that open at least one category: together with consents, they make a person reachable.</summary>
    public static IReadOnlySet<AccessGround> ReachingGrounds { get; } = OpenedBy.Values.SelectMany(g => g).ToHashSet();
}
