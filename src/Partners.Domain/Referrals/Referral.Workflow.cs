using Partners.Domain.Common;

namespace Partners.Domain.Referrals;

/// <summary>
/// The moves of a referral. Each checks the party and <see cref="ReferralStateMachine"/> first, then the inputs;
/// a refused call changes nothing. Each accepted move writes one <see cref="ReferralHistoryEntry"/>.
/// </summary>
public sealed partial class Referral
{
    /// <summary>Creates a SENT referral from an eligibility verdict (<see cref="ReferralEligibility"/>).</summary>
    public static Result<Referral> Create(
        ReferralEligibilityVerdict verdict, string professionalObjective, string? note, ReferralActor referrer, DateTime now, ReferralOptions options)
    {
        if (string.IsNullOrWhiteSpace(professionalObjective))
        {
            return DomainError.Invalid("input.professionalObjective", ReferralMessageKeys.Required);
        }

        var referral = new Referral
        {
            JobSeekerId = verdict.JobSeekerId,
            OfferId = verdict.OfferId,
            OperatorOrganisationId = verdict.OperatorOrganisationId,
            ReferringOrganisationId = referrer.OrganisationId,
            ReferringClientId = referrer.ClientId,
            ReferringUserId = referrer.UserId,
            ProfessionalObjective = professionalObjective.Trim(),
            Note = note,
            Status = ReferralStatus.Sent,
            ReferredToWaitingList = verdict.GoesToWaitingList,
            CreatedAt = now,
            AnswerDueOn = DateOnly.FromDateTime(now).AddDays(options.AnswerPeriodDays),
        };
        referral.Record(referrer, null, ReferralStatus.Sent, note, now);
        return Result<Referral>.Success(referral);
    }

    /// <summary>The party <paramref name="actor"/> plays in this referral, or null when none (the receiving side first).</summary>
    public ReferralParty? PartyOf(ReferralActor actor) => PartiesOf(actor) is [var first, ..] ? first : null;

    /// <summary>
    /// Every party <paramref name="actor"/> plays: one, or both for a referral to one of the Office's own services
    /// (prestation interne, Art. 8), where the Office refers and receives.
    /// </summary>
    public IReadOnlyList<ReferralParty> PartiesOf(ReferralActor actor) =>
    [
        .. actor.OrganisationId == OperatorOrganisationId ? [ReferralParty.ReceivingOperator] : Array.Empty<ReferralParty>(),
        .. actor.OrganisationId == ReferringOrganisationId ? [ReferralParty.ReferringSide] : Array.Empty<ReferralParty>(),
    ];

    /// <summary>The operator has received the candidacy (Art. 14 4°).</summary>
    public Result<Referral> Acknowledge(ReferralActor actor, DateTime now) =>
        Move(actor, ReferralStatus.Received, null, now, () => { });

    /// <summary>The referring side withdraws the referral; a reason is required.</summary>
    public Result<Referral> Cancel(ReferralActor actor, string reason, DateTime now) =>
        string.IsNullOrWhiteSpace(reason) && Check(actor, ReferralStatus.Cancelled) is null
            ? DomainError.Invalid("input.reason", ReferralMessageKeys.Required)
            : Move(actor, ReferralStatus.Cancelled, reason, now, () => { });

    /// <summary>The operator starts the service of an accepted candidacy.</summary>
    public Result<Referral> StartService(ReferralActor actor, DateOnly? startedOn, DateTime now) =>
        startedOn > DateOnly.FromDateTime(now) && Check(actor, ReferralStatus.InProgress) is null
            ? DomainError.Invalid("input.startedOn", Accompaniment.AccompanimentMessageKeys.DateInFuture)
            : Move(actor, ReferralStatus.InProgress, null, now, () => ServiceStartedOn = startedOn ?? DateOnly.FromDateTime(now));

    private DomainError? Check(ReferralActor actor, ReferralStatus to)
    {
        var parties = PartiesOf(actor);
        if (parties.Count == 0)
        {
            return new DomainError(ErrorCodes.Forbidden, ReferralMessageKeys.NotAParty);
        }

        // The side that sets this state in the table, when the actor plays both (the Office's own services).
        var party = parties.FirstOrDefault(p => ReferralStateMachine.Table.Any(t => t.To == to && t.SetBy == p), parties[0]);
        var moved = ReferralStateMachine.Move(Status, to, party);
        return moved.IsSuccess ? null : moved.Errors[0];
    }

    private Result<Referral> Move(ReferralActor actor, ReferralStatus to, string? reason, DateTime now, Action apply)
    {
        if (Check(actor, to) is { } refused)
        {
            return refused;
        }

        apply();
        Record(actor, Status, to, reason, now);
        Status = to;
        return Result<Referral>.Success(this);
    }

    private void Record(ReferralActor actor, ReferralStatus? from, ReferralStatus to, string? reason, DateTime now)
    {
        history.Add(new ReferralHistoryEntry
        {
            At = now,
            ActorOrganisationId = actor.OrganisationId,
            ActorClientId = actor.ClientId,
            ActorUserId = actor.UserId,
            From = from,
            To = to,
            Reason = reason,
        });
        UpdatedAt = now;
        Version++;
    }
}
