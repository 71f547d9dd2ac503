using Partners.Domain.Accompaniment;
using Partners.Domain.Common;

namespace Partners.Domain.Referrals;

/// <summary>How the operator told the person of the candidacy result (Art. 14 5°).</summary>
public enum InformationChannel
{
    Letter,
    Email,
    Phone,
    InPerson,
}

/// <summary>
/// Informing the person of the candidacy result (Art. 14 5°): beside the result given to the counsellor, the operator
/// records when and how it told the person. A result not told within the information period (configurable, like the
/// answer period) is overdue, and counted like an overdue answer.
/// </summary>
public sealed partial class Referral
{
    /// <summary>Last day to tell the person of the current candidacy result; null before any result.</summary>
    public DateOnly? InformationDueOn { get; private set; }

    /// <summary>The day the operator told the person of the current result; null until recorded.</summary>
    public DateOnly? JobSeekerInformedOn { get; private set; }

    public InformationChannel? JobSeekerInformedBy { get; private set; }

    /// <summary>A result was given, and the person was not told of it in time (not yet, or late).</summary>
    public bool InformationOverdue(DateOnly today) =>
        InformationDueOn is { } due && (JobSeekerInformedOn is { } told ? told > due : today > due);

    /// <summary>The operator records that, when and how it told the person of the current result (Art. 14 5°).</summary>
    public Result<Referral> RecordJobSeekerInformed(ReferralActor actor, DateOnly informedOn, InformationChannel channel, DateTime now)
    {
        if (PartyOf(actor) != ReferralParty.ReceivingOperator)
        {
            return new DomainError(ErrorCodes.Forbidden, ReferralMessageKeys.OperatorOnly);
        }

        if (CandidacyResult is not { } result)
        {
            return new DomainError(ErrorCodes.InvalidTransition, ReferralMessageKeys.NoResultToInform);
        }

        if (informedOn > DateOnly.FromDateTime(now))
        {
            return DomainError.Invalid("input.informedOn", AccompanimentMessageKeys.DateInFuture);
        }

        if (informedOn < DateOnly.FromDateTime(result.DecidedAt))
        {
            return DomainError.Invalid("input.informedOn", AccompanimentMessageKeys.EndBeforeStart);
        }

        (JobSeekerInformedOn, JobSeekerInformedBy) = (informedOn, channel);
        UpdatedAt = now;
        Version++;
        return Result<Referral>.Success(this);
    }

    /// <summary>A new result is to be told anew, within <paramref name="days"/>.</summary>
    private void AwaitInformation(DateTime now, int days)
    {
        InformationDueOn = DateOnly.FromDateTime(now).AddDays(days);
        (JobSeekerInformedOn, JobSeekerInformedBy) = (null, null);
    }
}
