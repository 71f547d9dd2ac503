using Partners.Domain.Common;

namespace Partners.Domain.Complaints;

/// <summary>
/// The filing rule of a complaint (Art. 13 11°, Art. 14 8°): the engagement must exist and bind the respondent's
/// party; an Office engagement named against an operator, or an operator's against the Office, is
/// ENGAGEMENT_NOT_APPLICABLE.
/// </summary>
public static class ComplaintFiling
{
    /// <summary>
    /// Files a complaint recorded by <paramref name="recordedBy"/>. <paramref name="engagements"/> is the
    /// engagement table as stored (reference data), not necessarily <see cref="Engagements.All"/>.
    /// </summary>
    public static Result<Complaint> File(
        FileComplaint command, IReadOnlyCollection<Engagement> engagements, NetworkActor recordedBy,
        ComplaintPeriods periods, DateTime now)
    {
        if (recordedBy.IsCommission)
        {
            return new DomainError(ErrorCodes.Forbidden, ComplaintMessageKeys.RecorderNotAllowed);
        }

        var errors = new List<DomainError>();
        var today = DateOnly.FromDateTime(now);
        var party = EngagementPartyOf.Kind(command.RespondentKind);
        var engagement = engagements.FirstOrDefault(e => string.Equals(e.Code, command.EngagementCode, StringComparison.Ordinal));

        if (party is null)
        {
            errors.Add(DomainError.Invalid("respondentOrganisationId", ComplaintMessageKeys.RespondentNotAParty));
        }

        if (engagement is null)
        {
            errors.Add(DomainError.Invalid("engagementCode", ComplaintMessageKeys.EngagementUnknown, command.EngagementCode));
        }
        else if (party is { } respondentParty && engagement.Party != respondentParty)
        {
            errors.Add(new DomainError(
                ErrorCodes.EngagementNotApplicable, ComplaintMessageKeys.EngagementNotApplicable, "engagementCode",
                engagement.Code, respondentParty));
        }

        if (string.IsNullOrWhiteSpace(command.Description))
        {
            errors.Add(DomainError.Invalid("description", ComplaintMessageKeys.DescriptionRequired));
        }
        else if (command.Description.Length > Complaint.MaxTextLength)
        {
            errors.Add(DomainError.Invalid("description", ComplaintMessageKeys.DescriptionTooLong, Complaint.MaxTextLength));
        }

        if (command.ReceivedOn > today)
        {
            errors.Add(DomainError.Invalid("receivedOn", ComplaintMessageKeys.ReceivedOnInFuture));
        }

        if (errors.Count > 0)
        {
            return Result<Complaint>.Failure([.. errors]);
        }

        return Result<Complaint>.Success(new Complaint(
            command.JobSeekerId, command.RespondentOrganisationId, party!.Value, engagement!.Code,
            command.Description.Trim(), command.ReferralId, command.ReceivedOn ?? today, command.Region, recordedBy, periods, now));
    }
}
