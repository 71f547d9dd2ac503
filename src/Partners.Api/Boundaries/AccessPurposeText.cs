using Partners.Api.Localization;
using Partners.Domain.Boundaries;

namespace Partners.Api.Boundaries;

/// <summary>
/// The purpose and the legal basis of a logged read, in words a person reads (French, or English): the referral the
/// read served, the consent's stated purpose, or the holder's own mission.
/// </summary>
public static class AccessPurposeText
{
    public static string Purpose(Messages messages, Language language, LegalBasis basis, long? referralId, string? purpose) => basis switch
    {
        LegalBasis.CooperationContract when referralId is { } referral => messages.Get("access_purpose_referral", language, referral),
        LegalBasis.Consent when !string.IsNullOrWhiteSpace(purpose) => purpose,
        LegalBasis.OwnCpas => messages.Get("access_purpose_cpas", language),
        _ => messages.Get("access_purpose_office", language),
    };

    public static string Basis(Messages messages, Language language, LegalBasis basis, long? reference) => basis switch
    {
        LegalBasis.CooperationContract => messages.Get("access_basis_contract", language, reference ?? 0),
        LegalBasis.Consent => messages.Get("access_basis_consent", language, reference ?? 0),
        LegalBasis.OwnCpas => messages.Get("access_basis_cpas", language),
        _ => messages.Get("access_basis_office", language),
    };
}
