using Partners.Domain.Common;
using Partners.Domain.Organisations;

namespace Partners.Domain.Complaints;

/// <summary>
/// A job seeker's complaint (plainte) about an engagement of the Office (decree Art. 13 11°) or of an operator
/// (Art. 14 8°), handled by the party complained about. Holds ids only, never a navigation to the person, so
/// nothing personal leaks through the aggregate (the Commission sees complaints only as counts).
/// Filed through <see cref="ComplaintFiling"/>; moves through <see cref="ComplaintStateMachine"/>.
/// </summary>
public sealed class Complaint
{
    /// <summary>The longest description or answer text.</summary>
    public const int MaxTextLength = 4000;

    private readonly List<ComplaintHistoryEntry> history = [];

    internal Complaint(
        long jobSeekerId, long respondentOrganisationId, EngagementParty respondentParty, string engagementCode,
        string description, long? referralId, DateOnly receivedOn, Region? region, NetworkActor recordedBy,
        ComplaintPeriods periods, DateTime now)
    {
        JobSeekerId = jobSeekerId;
        RespondentOrganisationId = respondentOrganisationId;
        RespondentParty = respondentParty;
        EngagementCode = engagementCode;
        Description = description;
        ReferralId = referralId;
        ReceivedOn = receivedOn;
        Region = region;
        RecordedByOrganisationId = recordedBy.OrganisationId;
        RecordedByClientId = recordedBy.ClientId;
        RecordedByUserId = recordedBy.UserId;
        Status = ComplaintStatus.Received;
        AcknowledgementDueOn = receivedOn.AddDays(periods.AcknowledgementDays);
        AnswerDueOn = receivedOn.AddDays(periods.AnswerDays);
        history.Add(new ComplaintHistoryEntry(
            now, recordedBy.OrganisationId, recordedBy.ClientId, recordedBy.UserId, null, ComplaintStatus.Received, null));
    }

    private Complaint()
    {
        EngagementCode = string.Empty;
        Description = string.Empty;
        RecordedByClientId = string.Empty;
    }

    public long Id { get; private set; }

    public long JobSeekerId { get; private set; }

    public long RespondentOrganisationId { get; private set; }

    public EngagementParty RespondentParty { get; private set; }

    public string EngagementCode { get; private set; }

    public string Description { get; private set; }

    /// <summary>The referral the complaint is about, if any.</summary>
    public long? ReferralId { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    /// <summary>The directorate the complaint is counted under, for the Commission's counts.</summary>
    public Region? Region { get; private set; }

    public long RecordedByOrganisationId { get; private set; }

    public string RecordedByClientId { get; private set; }

    public string? RecordedByUserId { get; private set; }

    public ComplaintStatus Status { get; private set; }

    public DateOnly AcknowledgementDueOn { get; private set; }

    public DateOnly AnswerDueOn { get; private set; }

    public DateOnly? AcknowledgedOn { get; private set; }

    public ComplaintAnswer? Answer { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public DateOnly? WithdrawnOn { get; private set; }

    public IReadOnlyList<ComplaintHistoryEntry> History => history;

    /// <summary>Optimistic concurrency token, raised by every change.</summary>
    public int Version { get; private set; }

    /// <summary>
    /// Not acknowledged within the period: still unacknowledged after the due date, or acknowledged late (a late
    /// acknowledgement stays counted). A complaint withdrawn before acknowledgement is not overdue.
    /// </summary>
    public bool AcknowledgementOverdue(DateOnly today) => AcknowledgedOn is { } on
        ? on > AcknowledgementDueOn
        : Status == ComplaintStatus.Received && today > AcknowledgementDueOn;

    /// <summary>Not answered within the period: still open after the due date, or answered late.</summary>
    public bool AnswerOverdue(DateOnly today) => Answer is { } answer
        ? answer.AnsweredOn > AnswerDueOn
        : ComplaintStateMachine.IsOpen(Status) && today > AnswerDueOn;

    /// <summary>Accusé de réception, by the respondent.</summary>
    public Result<Complaint> Acknowledge(NetworkActor actor, DateTime now) =>
        Move(actor, ComplaintStatus.Acknowledged, now, null, () => AcknowledgedOn = DateOnly.FromDateTime(now));

    /// <summary>Examen de la plainte, by the respondent.</summary>
    public Result<Complaint> StartReview(NetworkActor actor, DateTime now) =>
        Move(actor, ComplaintStatus.UnderReview, now, null, () => { });

    /// <summary>Réponse motivée, by the respondent: a finding and a text.</summary>
    public Result<Complaint> AnswerWith(NetworkActor actor, ComplaintFinding finding, string text, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DomainError.Invalid("text", ComplaintMessageKeys.AnswerTextRequired);
        }

        if (text.Length > MaxTextLength)
        {
            return DomainError.Invalid("text", ComplaintMessageKeys.AnswerTextTooLong, MaxTextLength);
        }

        return Move(actor, ComplaintStatus.Answered, now, null,
            () => Answer = new ComplaintAnswer(finding, text.Trim(), DateOnly.FromDateTime(now)));
    }

    /// <summary>Clôture, by the respondent, once answered.</summary>
    public Result<Complaint> Close(NetworkActor actor, DateTime now) =>
        Move(actor, ComplaintStatus.Closed, now, null, () => ClosedOn = DateOnly.FromDateTime(now));

    /// <summary>Retrait: the job seeker withdraws, recorded by the recording organisation or the respondent.</summary>
    public Result<Complaint> Withdraw(NetworkActor actor, string? reason, DateTime now) =>
        Move(actor, ComplaintStatus.Withdrawn, now, reason, () => WithdrawnOn = DateOnly.FromDateTime(now));

    private Result<Complaint> Move(NetworkActor actor, ComplaintStatus to, DateTime now, string? reason, Action apply)
    {
        if (Refusal(actor, to) is { } forbidden)
        {
            return forbidden;
        }

        if (ComplaintStateMachine.Check(Status, to) is { } invalid)
        {
            return invalid;
        }

        apply();
        history.Add(new ComplaintHistoryEntry(now, actor.OrganisationId, actor.ClientId, actor.UserId, Status, to, reason));
        Status = to;
        Version++;
        return Result<Complaint>.Success(this);
    }

    private DomainError? Refusal(NetworkActor actor, ComplaintStatus to)
    {
        var isRespondent = actor.OrganisationId == RespondentOrganisationId;
        return ComplaintStateMachine.HandlerOf(to) switch
        {
            ComplaintHandler.RecorderOrRespondent when !isRespondent && actor.OrganisationId != RecordedByOrganisationId =>
                new DomainError(ErrorCodes.Forbidden, ComplaintMessageKeys.NotRecorderOrRespondent),
            ComplaintHandler.Respondent when !isRespondent =>
                new DomainError(ErrorCodes.Forbidden, ComplaintMessageKeys.NotRespondent),
            _ => null,
        };
    }
}
