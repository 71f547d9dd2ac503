using Partners.Domain.Organisations;

namespace Partners.Domain.Disputes;

/// <summary>
/// What a dispute is filed with. <paramref name="RespondentKind"/> is read from the database by the caller;
/// <paramref name="Region"/> names the directorate of a sub-regional matter, whose representatives are invited
/// (Art. 16 §4).
/// </summary>
public sealed record FileDispute(
    long RespondentOrganisationId,
    OrganisationKind RespondentKind,
    string Subject,
    string Description,
    Region? Region = null,
    string? InvitedRepresentatives = null);
