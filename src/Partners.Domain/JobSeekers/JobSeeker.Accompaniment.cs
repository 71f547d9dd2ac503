using Partners.Domain.Accompaniment;
using Partners.Domain.Common;
using Partners.Domain.Referrals;

namespace Partners.Domain.JobSeekers;

/// <summary>The Office's side of the accompaniment: the referent counsellor (Art. 13 2°) and the closing (Art. 13 9°–10°).</summary>
public sealed partial class JobSeeker
{
    /// <summary>
    /// The day the Office closed the accompaniment (clôture, Art. 13 10°); null while it runs. The retention period of
    /// the person's data (domain.md, "Retention") counts from this day.
    /// </summary>
    public DateOnly? AccompanimentClosedOn { get; private set; }

    /// <summary>True when <paramref name="title"/> is an objective of the current action plan (Art. 8), whatever its case.</summary>
    public bool PlansObjective(string? title) =>
        title is not null && Pathway.ProfessionalObjectives.Any(o => string.Equals(o.Title.Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Designates <paramref name="counsellorUserId"/> from <paramref name="now"/>, ending <paramref name="current"/>.</summary>
    public Result<CounsellorDesignation> DesignateCounsellor(
        CounsellorDesignation? current, string counsellorUserId, string counsellorName, ReferralActor actor, DateTime now)
    {
        if (AccompanimentClosedOn is not null)
        {
            return new DomainError(ErrorCodes.InvalidTransition, AccompanimentMessageKeys.Closed);
        }

        var errors = new List<DomainError>();
        if (!Guid.TryParse(counsellorUserId, out _))
        {
            errors.Add(DomainError.Invalid("input.counsellorUserId", AccompanimentMessageKeys.InvalidCounsellor));
        }

        if (string.IsNullOrWhiteSpace(counsellorName))
        {
            errors.Add(DomainError.Invalid("input.counsellorName", "required"));
        }

        if (errors.Count > 0)
        {
            return Result<CounsellorDesignation>.Failure([.. errors]);
        }

        if (current is not null)
        {
            current.EndedAt = now;
        }

        Pathway.ReferentCounsellorUserId = counsellorUserId.Trim().ToLowerInvariant();
        Pathway.ReferentCounsellorName = counsellorName.Trim();
        return Result<CounsellorDesignation>.Success(new CounsellorDesignation
        {
            JobSeekerId = Id, CounsellorUserId = Pathway.ReferentCounsellorUserId, CounsellorName = Pathway.ReferentCounsellorName,
            DesignatedAt = now, DesignatedByClientId = actor.ClientId, DesignatedByUserId = actor.UserId,
        });
    }

    /// <summary>
    /// Closes the accompaniment with the Office's evaluation (Art. 13 9°–10°). A running service must end first (the
    /// operator's evaluation comes before the Office's); the open referrals are the caller's to cancel.
    /// </summary>
    public Result<JobSeeker> CloseAccompaniment(
        DateOnly closedOn, ObjectiveAttainment attainment, string summary, bool serviceInProgress, DateOnly today)
    {
        if (AccompanimentClosedOn is not null)
        {
            return new DomainError(ErrorCodes.InvalidTransition, AccompanimentMessageKeys.Closed);
        }

        if (serviceInProgress)
        {
            return new DomainError(ErrorCodes.InvalidTransition, AccompanimentMessageKeys.ServiceInProgress);
        }

        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(summary))
        {
            errors.Add(DomainError.Invalid("input.evaluation.summary", "required"));
        }

        if (closedOn > today)
        {
            errors.Add(DomainError.Invalid("input.closedOn", AccompanimentMessageKeys.DateInFuture));
        }
        else if (Pathway.RegisteredOn is { } registered && closedOn < registered)
        {
            errors.Add(DomainError.Invalid("input.closedOn", AccompanimentMessageKeys.EndBeforeStart));
        }

        if (errors.Count > 0)
        {
            return Result<JobSeeker>.Failure([.. errors]);
        }

        AccompanimentClosedOn = closedOn;
        Pathway.ClosingAttainment = attainment;
        Pathway.ClosingEvaluation = summary.Trim();
        return Result<JobSeeker>.Success(this);
    }
}
