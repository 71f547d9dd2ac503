using Partners.Domain.Organisations;

namespace Partners.Domain.Complaints;

/// <summary>
/// What a complaint is filed with. <paramref name="RespondentKind"/> is the kind of the respondent organisation,
/// read from the database by the caller; <paramref name="ReceivedOn"/> defaults to today; <paramref name="Region"/>
/// is the directorate the complaint is counted under (the API layer defaults it to the respondent's seat).
/// </summary>
public sealed record FileComplaint(
    long JobSeekerId,
    long RespondentOrganisationId,
    OrganisationKind RespondentKind,
    string EngagementCode,
    string Description,
    long? ReferralId = null,
    DateOnly? ReceivedOn = null,
    Region? Region = null);
