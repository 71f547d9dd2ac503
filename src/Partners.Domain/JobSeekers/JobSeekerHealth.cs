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

    public DateOnly? SpecificPathwayStartsOn { get; private set; }

    public DateOnly? SpecificPathwayEndsOn { get; private set; }

    /// <summary>Start of the current non-mobilisable period (the last renewal).</summary>
    public DateOnly? NonMobilisableFrom { get; private set; }

    public DateOnly? NonMobilisableUntil { get; private set; }

    /// <summary>Summary in the terms of the International Classification of Functioning (ICF / CIF).</summary>
    public string? IcfSummary { get; set; }

    /// <summary>Nothing recorded: a read returns no health fact (and is not logged as one).</summary>
    public bool IsEmpty => SpecificPathwayStartsOn is null && NonMobilisableFrom is null && string.IsNullOrEmpty(IcfSummary);

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
