using Partners.Domain.Organisations;

namespace Partners.Domain.Disputes;

/// <summary>
/// What a dispute is filed with. <paramref name="RespondentKind"/> is read from the database by the caller;
/// <paramref name="Region"/> names the directorate of a sub-regional matter, whose representatives are invited
/// (Art. 16 §4). <paramref name="ReferralIds"/> are the referrals the dispute is about, as the filer named them
/// (null for an id that names no referral), and <paramref name="Referrals"/> what the caller found of them.
/// </summary>
public sealed record FileDispute(
    long RespondentOrganisationId,
    OrganisationKind RespondentKind,
    string Subject,
    string Description,
    Region? Region = null,
    string? InvitedRepresentatives = null,
    IReadOnlyList<long?>? ReferralIds = null,
    IReadOnlyList<DisputedReferral>? Referrals = null);

/// <summary>A referral a dispute may be about: who referred and to which operator.</summary>
public sealed record DisputedReferral(long ReferralId, long ReferringOrganisationId, long OperatorOrganisationId);
