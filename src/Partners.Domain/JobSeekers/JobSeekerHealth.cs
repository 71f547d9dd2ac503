using Partners.Domain.Common;

namespace Partners.Domain.JobSeekers;

/// <summary>
/// The <c>HEALTH</c> data category (GDPR Art. 9): the specific pathway (trajet spécifique, at most 39 months),
/// the "non-mobilisable" status (at most 24 months at a time, renewable) and an ICF (CIF) summary.
/// Readable by the Office's social service, by others only under consent.
/// </summary>
public sealed class JobSeekerHealth
{
    public const int SpecificPathwayMaxMonths = 39;

    public const int NonMobilisableMaxMonths = 24;

    /// <summary>The non-mobilisable status is reviewed at least once a year (seed 003).</summary>
    public const int ReviewMaxMonths = 12;

    public const int IcfSummaryMaxLength = 2000;

    public DateOnly? SpecificPathwayStartsOn { get; private set; }

    public DateOnly? SpecificPathwayEndsOn { get; private set; }

    /// <summary>Start of the current non-mobilisable period (the last renewal).</summary>
    public DateOnly? NonMobilisableFrom { get; private set; }

    public DateOnly? NonMobilisableUntil { get; private set; }

    /// <summary>The last review of the non-mobilisable status (at least yearly).</summary>
    public DateOnly? NonMobilisableReviewedOn { get; private set; }

    /// <summary>The day the next review is due: a year after the last one.</summary>
    public DateOnly? NonMobilisableReviewDueOn => NonMobilisableReviewedOn?.AddMonths(ReviewMaxMonths);

    /// <summary>Summary in the terms of the International Classification of Functioning (ICF / CIF).</summary>
    public string? IcfSummary { get; set; }

    /// <summary>Nothing recorded: a read returns no health fact (and is not logged as one).</summary>
    public bool IsEmpty => SpecificPathwayStartsOn is null && NonMobilisableFrom is null && string.IsNullOrEmpty(IcfSummary);

    /// <summary>
    /// Records the HEALTH facts the Office's social service establishes (seed 003): a specific pathway of at most 39
    /// months, a non-mobilisable period of at most 24 months (renewable: a new period replaces the last) reviewed at
    /// least yearly (a review older than a year, or in the future, is refused), an ICF summary. Each pair of dates
    /// comes together; every refusal is VALIDATION on its field and nothing changes.
    /// </summary>
    public Result<JobSeekerHealth> Record(
        DateOnly? specificStartsOn, DateOnly? specificEndsOn, DateOnly? nonMobilisableFrom, DateOnly? nonMobilisableUntil,
        DateOnly? reviewedOn, string? icfSummary, DateOnly today)
    {
        var errors = new List<DomainError>();
        if (specificStartsOn.HasValue != specificEndsOn.HasValue)
        {
            errors.Add(DomainError.Invalid(specificStartsOn.HasValue ? "input.specificPathwayEndsOn" : "input.specificPathwayStartsOn", "required"));
        }
        else if (specificStartsOn is { } start && specificEndsOn is { } end && (end < start || end > start.AddMonths(SpecificPathwayMaxMonths)))
        {
            errors.Add(DomainError.Invalid("input.specificPathwayEndsOn", JobSeekerMessageKeys.SpecificPathwayTooLong, SpecificPathwayMaxMonths));
        }

        if (nonMobilisableFrom.HasValue != nonMobilisableUntil.HasValue)
        {
            errors.Add(DomainError.Invalid(nonMobilisableFrom.HasValue ? "input.nonMobilisableUntil" : "input.nonMobilisableFrom", "required"));
        }
        else if (nonMobilisableFrom is { } from && nonMobilisableUntil is { } until && (until < from || until > from.AddMonths(NonMobilisableMaxMonths)))
        {
            errors.Add(DomainError.Invalid("input.nonMobilisableUntil", JobSeekerMessageKeys.NonMobilisableTooLong, NonMobilisableMaxMonths));
        }

        if (nonMobilisableFrom.HasValue && reviewedOn is null)
        {
            errors.Add(DomainError.Invalid("input.reviewedOn", "required"));
        }
        else if (reviewedOn is { } review && (review > today || review.AddMonths(ReviewMaxMonths) < today))
        {
            errors.Add(DomainError.Invalid("input.reviewedOn", JobSeekerMessageKeys.ReviewOutdated, ReviewMaxMonths));
        }

        if (icfSummary is { Length: > IcfSummaryMaxLength })
        {
            errors.Add(DomainError.Invalid("input.icfSummary", "too_long", IcfSummaryMaxLength));
        }

        if (errors.Count > 0)
        {
            return Result<JobSeekerHealth>.Failure([.. errors]);
        }

        if (specificStartsOn is not null)
        {
            (SpecificPathwayStartsOn, SpecificPathwayEndsOn) = (specificStartsOn, specificEndsOn);
        }

        if (nonMobilisableFrom is not null || reviewedOn is not null)
        {
            (NonMobilisableFrom, NonMobilisableUntil) = (nonMobilisableFrom ?? NonMobilisableFrom, nonMobilisableUntil ?? NonMobilisableUntil);
            NonMobilisableReviewedOn = reviewedOn;
        }

        if (icfSummary is not null)
        {
            IcfSummary = icfSummary.Trim();
        }

        return Result<JobSeekerHealth>.Success(this);
    }

    public Result<JobSeekerHealth> SetSpecificPathway(DateOnly startsOn, DateOnly endsOn)
    {
        if (endsOn < startsOn || endsOn > startsOn.AddMonths(SpecificPathwayMaxMonths))
        {
            return DomainError.Invalid("input.specificPathwayEndsOn", JobSeekerMessageKeys.SpecificPathwayTooLong, SpecificPathwayMaxMonths);
        }

        (SpecificPathwayStartsOn, SpecificPathwayEndsOn) = (startsOn, endsOn);
        return Result<JobSeekerHealth>.Success(this);
    }

    /// <summary>Declares, or renews from <paramref name="from"/>, the non-mobilisable status.</summary>
    public Result<JobSeekerHealth> DeclareNonMobilisable(DateOnly from, DateOnly until)
    {
        if (until < from || until > from.AddMonths(NonMobilisableMaxMonths))
        {
            return DomainError.Invalid("input.nonMobilisableUntil", JobSeekerMessageKeys.NonMobilisableTooLong, NonMobilisableMaxMonths);
        }

        (NonMobilisableFrom, NonMobilisableUntil) = (from, until);
        return Result<JobSeekerHealth>.Success(this);
    }
}
