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

    /// <summary>The longest ICF summary (declared on the input field).</summary>
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
    /// Records the HEALTH facts the Office's social service establishes (seed 003, réforme du Forem): a specific pathway
    /// of at most 39 months; a non-mobilisable period of at most 24 months (renewable: a new period replaces the last),
    /// with the review that decided it, a review being due at least yearly (a review date older than a year, or in the
    /// future, is refused; a review alone confirms the current period); an ICF summary. Each pair of dates comes
    /// together; what is not given stays. Every refusal is VALIDATION on its field and nothing changes.
    /// </summary>
    public Result<JobSeekerHealth> Record(
        DateOnly? specificStartsOn, DateOnly? specificEndsOn, DateOnly? nonMobilisableFrom, DateOnly? nonMobilisableUntil,
        DateOnly? reviewedOn, string? icfSummary, DateOnly today)
    {
        var errors = new List<DomainError>();
        Period(errors, specificStartsOn, specificEndsOn, SpecificPathwayMaxMonths, "specificPathwayStartsOn", "specificPathwayEndsOn", JobSeekerMessageKeys.SpecificPathwayTooLong);
        Period(errors, nonMobilisableFrom, nonMobilisableUntil, NonMobilisableMaxMonths, "nonMobilisableFrom", "nonMobilisableUntil", JobSeekerMessageKeys.NonMobilisableTooLong);
        if (reviewedOn is null && nonMobilisableFrom is not null)
        {
            errors.Add(DomainError.Invalid("input.reviewedOn", "required"));
        }
        else if (reviewedOn is { } review && (review > today || review.AddMonths(ReviewMaxMonths) < today))
        {
            errors.Add(DomainError.Invalid("input.reviewedOn", JobSeekerMessageKeys.ReviewOutdated, ReviewMaxMonths));
        }
        else if (reviewedOn is not null && nonMobilisableFrom is null && NonMobilisableFrom is null)
        {
            // A review confirms a non-mobilisable period: there must be one.
            errors.Add(DomainError.Invalid("input.nonMobilisableFrom", "required"));
        }

        if (errors.Count > 0)
        {
            return Result<JobSeekerHealth>.Failure([.. errors]);
        }

        if (specificStartsOn is not null)
        {
            (SpecificPathwayStartsOn, SpecificPathwayEndsOn) = (specificStartsOn, specificEndsOn);
        }

        if (nonMobilisableFrom is not null)
        {
            (NonMobilisableFrom, NonMobilisableUntil) = (nonMobilisableFrom, nonMobilisableUntil);
        }

        NonMobilisableReviewedOn = reviewedOn ?? NonMobilisableReviewedOn;
        if (icfSummary is not null)
        {
            IcfSummary = icfSummary.Trim();
        }

        return Result<JobSeekerHealth>.Success(this);
    }

    /// <summary>A period given by both of its days, ending after it starts and within <paramref name="maxMonths"/>.</summary>
    private static void Period(List<DomainError> errors, DateOnly? from, DateOnly? until, int maxMonths, string fromField, string untilField, string tooLong)
    {
        if (from.HasValue != until.HasValue)
        {
            errors.Add(DomainError.Invalid("input." + (from.HasValue ? untilField : fromField), "required"));
        }
        else if (from is { } start && until is { } end && (end < start || end > start.AddMonths(maxMonths)))
        {
            errors.Add(DomainError.Invalid("input." + untilField, tooLong, maxMonths));
        }
    }
}
