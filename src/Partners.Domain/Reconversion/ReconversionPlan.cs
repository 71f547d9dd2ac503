using Partners.Domain.Common;

namespace Partners.Domain.Reconversion;

/// <summary>
/// The plan of a reconversion unit (cellule de reconversion, decree of 29 January 2004, Art. 11): created for one
/// collective dismissal, it serves only that employer's dismissed workers, for one year, at most two (Art. 2 §4).
/// </summary>
public sealed class ReconversionPlan
{
    /// <summary>The longest a plan may run (Art. 2 §4).</summary>
    public const int MaxYears = 2;

    private ReconversionPlan()
    {
    }

    public long Id { get; set; }

    public long ReconversionUnitOrganisationId { get; private set; }

    public string EmployerName { get; private set; } = "";

    /// <summary>The employer's BCE/KBO number, 10 digits.</summary>
    public string EmployerEnterpriseNumber { get; private set; } = "";

    public DateOnly StartsOn { get; private set; }

    /// <summary>Last day of the plan, inclusive; at most <see cref="MaxYears"/> after <see cref="StartsOn"/>.</summary>
    public DateOnly EndsOn { get; private set; }

    public List<CoveredWorker> Workers { get; init; } = [];

    public static Result<ReconversionPlan> Create(
        long reconversionUnitOrganisationId, string employerName, string employerEnterpriseNumber, DateOnly startsOn, DateOnly endsOn)
    {
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(employerName))
        {
            errors.Add(DomainError.Invalid("input.employerName", ReconversionMessageKeys.Required));
        }

        if (!Checksums.IsValidEnterpriseNumber(employerEnterpriseNumber))
        {
            errors.Add(new DomainError(ErrorCodes.InvalidEnterpriseNumber, ReconversionMessageKeys.InvalidEnterpriseNumber, "input.employerEnterpriseNumber"));
        }

        if (endsOn < startsOn)
        {
            errors.Add(DomainError.Invalid("input.endsOn", ReconversionMessageKeys.EndBeforeStart));
        }
        else if (endsOn > startsOn.AddYears(MaxYears))
        {
            errors.Add(DomainError.Invalid("input.endsOn", ReconversionMessageKeys.LongerThanTwoYears, startsOn.AddYears(MaxYears)));
        }

        return errors.Count > 0
            ? Result<ReconversionPlan>.Failure([.. errors])
            : Result<ReconversionPlan>.Success(new ReconversionPlan
            {
                ReconversionUnitOrganisationId = reconversionUnitOrganisationId,
                EmployerName = employerName.Trim(),
                EmployerEnterpriseNumber = Checksums.DigitsOnly(employerEnterpriseNumber)!,
                StartsOn = startsOn,
                EndsOn = endsOn,
            });
    }

    public bool RunsOn(DateOnly day) => StartsOn <= day && day <= EndsOn;

    /// <summary>True when the job seeker is a worker of this plan and the plan runs on <paramref name="today"/>.</summary>
    public bool Covers(long jobSeekerId, DateOnly today) =>
        RunsOn(today) && Workers.Exists(w => w.JobSeekerId == jobSeekerId);

    public void Cover(long jobSeekerId)
    {
        if (!Workers.Exists(w => w.JobSeekerId == jobSeekerId))
        {
            Workers.Add(new CoveredWorker { JobSeekerId = jobSeekerId });
        }
    }
}
