using Partners.Domain.Organisations;

namespace Partners.Domain.Complaints;

/// <summary>
/// What a complaint is filed with. <paramref name="RespondentKind"/> is the kind of the respondent organisation,
/// read from the database by the caller; <paramref name="ReceivedOn"/> defaults to today.
/// </summary>
public sealed record FileComplaint(
    long JobSeekerId,
    long RespondentOrganisationId,
    OrganisationKind RespondentKind,
    string EngagementCode,
    string Description,
    long? ReferralId = null,
    DateOnly? ReceivedOn = null);
