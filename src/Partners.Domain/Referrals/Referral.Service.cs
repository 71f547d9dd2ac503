using Partners.Domain.Common;

namespace Partners.Domain.Referrals;

/// <summary>The operator's answers and follow-up on a referral: candidacy result, service events, evaluation.</summary>
public sealed partial class Referral
{
    /// <summary>
    /// The candidacy result (Art. 14 4°–5°). A refusal needs a coded reason and a written motivation;
    /// only a refusal carries a reason.
    /// </summary>
    public Result<Referral> RecordCandidacyResult(
        ReferralActor actor, CandidacyDecision decision, RefusalReason? refusalReason, string motivation, string? actionPlanFit, DateTime now,
        int informationPeriodDays = ReferralOptions.DefaultInformationPeriodDays)
    {
        var to = decision switch
        {
            CandidacyDecision.Accepted => ReferralStatus.Accepted,
            CandidacyDecision.Refused => ReferralStatus.Refused,
            _ => ReferralStatus.Waitlisted,
        };
        if (Check(actor, to) is { } refused)
        {
            return refused;
        }

        var errors = new List<DomainError>();
        if (decision == CandidacyDecision.Refused && refusalReason is null)
        {
            errors.Add(DomainError.Invalid("input.refusalReason", ReferralMessageKeys.RefusalReasonRequired));
        }

        if (decision != CandidacyDecision.Refused && refusalReason is not null)
        {
            errors.Add(DomainError.Invalid("input.refusalReason", ReferralMessageKeys.RefusalReasonOnlyForRefusal));
        }

        if (decision == CandidacyDecision.Refused && string.IsNullOrWhiteSpace(motivation))
        {
            errors.Add(DomainError.Invalid("input.motivation", ReferralMessageKeys.MotivationRequired));
        }

        if (errors.Count > 0)
        {
            return Result<Referral>.Failure([.. errors]);
        }

        var result = new CandidacyResult
        {
            Decision = decision, RefusalReason = refusalReason, Motivation = motivation?.Trim() ?? "", ActionPlanFit = actionPlanFit, DecidedAt = now,
        };
        return Move(actor, to, motivation, now, () =>
        {
            CandidacyResult = result;
            AwaitInformation(now, informationPeriodDays);
        });
    }

    /// <summary>The operator tells the counsellor of an event during the service, proposing adjustments (Art. 14 6°).</summary>
    public Result<Referral> ReportEvent(ReferralActor actor, DateOnly occurredOn, ServiceEventKind kind, string description, string? proposedAdjustment, DateTime now)
    {
        if (PartyOf(actor) != ReferralParty.ReceivingOperator)
        {
            return new DomainError(ErrorCodes.Forbidden, ReferralMessageKeys.OperatorOnly);
        }

        if (Status != ReferralStatus.InProgress)
        {
            return new DomainError(ErrorCodes.InvalidTransition, ReferralMessageKeys.NotInProgress, null, Status);
        }

        if (string.IsNullOrWhiteSpace(description))
        {
            return DomainError.Invalid("input.description", ReferralMessageKeys.Required);
        }

        if (occurredOn > DateOnly.FromDateTime(now))
        {
            return DomainError.Invalid("input.occurredOn", Accompaniment.AccompanimentMessageKeys.DateInFuture);
        }

        if (ServiceStartedOn is { } started && occurredOn < started)
        {
            return DomainError.Invalid("input.occurredOn", ReferralMessageKeys.EndBeforeStart);
        }

        events.Add(new ServiceEvent
        {
            OccurredOn = occurredOn, Kind = kind, Description = description.Trim(), ProposedAdjustment = proposedAdjustment,
            ReportedAt = now, ReportedBy = actor.ToString(),
        });
        UpdatedAt = now;
        Version++;
        return Result<Referral>.Success(this);
    }

    /// <summary>The end of the service, with the evaluation made with the job seeker (Art. 14 7°).</summary>
    public Result<Referral> Complete(ReferralActor actor, ServiceOutcome outcome, DateOnly? endedOn, ServiceEvaluation evaluation, DateTime now)
    {
        var to = outcome == ServiceOutcome.Completed ? ReferralStatus.Completed : ReferralStatus.Abandoned;
        if (Check(actor, to) is { } refused)
        {
            return refused;
        }

        var ended = endedOn ?? DateOnly.FromDateTime(now);
        if (string.IsNullOrWhiteSpace(evaluation.Summary))
        {
            return DomainError.Invalid("input.evaluation.summary", ReferralMessageKeys.Required);
        }

        if (ended > DateOnly.FromDateTime(now))
        {
            return DomainError.Invalid("input.endedOn", Accompaniment.AccompanimentMessageKeys.DateInFuture);
        }

        if (ServiceStartedOn is { } started && ended < started)
        {
            return DomainError.Invalid("input.endedOn", ReferralMessageKeys.EndBeforeStart);
        }

        return Move(actor, to, evaluation.Summary, now, () => (Outcome, ServiceEndedOn, Evaluation) = (outcome, ended, evaluation));
    }
}
