using Partners.Domain.Common;

namespace Partners.Domain.Boundaries;

/// <summary>What is known of one reader and one job seeker when a category is asked for.</summary>
/// <param name="IsOffice">The reader is the Office (le Forem).</param>
/// <param name="IsOfficeSocialService">The Office's social service: a machine client of the Office, or a person with that role.</param>
/// <param name="ReferralContractId">The reader is an operator with a referral of the person, open or closed within the retention window: the contract it works under.</param>
/// <param name="IsOwnCpas">The reader is the person's own CPAS.</param>
/// <param name="ConsentIds">The reader's active consents for this person, by category.</param>
/// <param name="ReferralId">The referral that opens the person to the operator (its newest): the purpose of its reads.</param>
/// <param name="ConsentPurposes">The purpose stated in each of <paramref name="ConsentIds"/>, by consent id.</param>
public sealed record AccessFacts(
    bool IsOffice,
    bool IsOfficeSocialService,
    long? ReferralContractId,
    bool IsOwnCpas,
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
/// domain.md's table "what each party may see", as code. A category needs the token's scope AND the rule; a
/// consent opens a category only to the organisation it names and never beyond the scope (a consent cannot widen
/// what the organisation kind may hold).
/// </summary>
public static class AccessPolicy
{
    public static AccessDecision Decide(DataCategory category, bool hasScope, AccessFacts facts)
    {
        if (!hasScope)
        {
            return AccessDecision.Refuse(ErrorCodes.Forbidden);
        }

        var byRule = category switch
        {
            DataCategory.Identity or DataCategory.Pathway when facts.IsOffice => AccessDecision.Allow(LegalBasis.OfficeMission),
            DataCategory.Identity or DataCategory.Pathway when facts.ReferralContractId is { } contract =>
                AccessDecision.Allow(LegalBasis.CooperationContract, contract) with { ReferralId = facts.ReferralId },
            DataCategory.Social when facts.IsOwnCpas => AccessDecision.Allow(LegalBasis.OwnCpas),
            DataCategory.Health when facts.IsOffice && facts.IsOfficeSocialService => AccessDecision.Allow(LegalBasis.OfficeMission),
            _ => (AccessDecision?)null,
        };
        if (byRule is { } allowed)
        {
            return allowed;
        }

        return facts.ConsentIds.TryGetValue(category, out var consentId)
            ? AccessDecision.Allow(LegalBasis.Consent, consentId) with { Purpose = facts.ConsentPurposes?.GetValueOrDefault(consentId) }
            : AccessDecision.Refuse(ErrorCodes.ConsentRequired);
    }

    /// <summary>Whether the reader reaches the person at all; others do not learn the person exists.</summary>
    public static bool Reaches(AccessFacts facts) =>
        facts.IsOffice || facts.ReferralContractId is not null || facts.IsOwnCpas || facts.ConsentIds.Count > 0;
}
