using Partners.Domain.Common;
using Partners.Domain.Offers;

namespace Partners.Domain.JobSeekers;

/// <summary>
/// The checks of a registration beyond the NISS's own checksum (domain.md, "People"): the NISS agrees with the birth
/// date (its first six digits, and the check digits of the person's century: the "2" prefix from 2000 on); the birth
/// date is in the past and of working age; target groups are reference data, and those derived from the birth date
/// (under 25, over 50) must hold on the day of registration.
/// </summary>
public static class JobSeekerRegistration
{
    public const int MinimumAge = 15;

    public const int MaximumAge = 67;

    public const string NissDisagreesWithBirthDate = "niss_disagrees_with_birth_date";
    public const string BirthDateInFuture = "birth_date_in_future";
    public const string NotOfWorkingAge = "not_of_working_age";
    public const string UnknownTargetGroup = "unknown_target_group";
    public const string TargetGroupFollowsBirthDate = "target_group_follows_birth_date";

    public static IReadOnlyList<DomainError> Check(
        string niss, DateOnly birthDate, IReadOnlyList<string> targetGroups, IReadOnlyCollection<string> knownTargetGroups, DateOnly today)
    {
        var errors = new List<DomainError>();
        if (birthDate >= today)
        {
            errors.Add(DomainError.Invalid("input.birthDate", BirthDateInFuture));
        }
        else if (TargetGroups.AgeOn(birthDate, today) is < MinimumAge or > MaximumAge)
        {
            errors.Add(DomainError.Invalid("input.birthDate", NotOfWorkingAge, MinimumAge, MaximumAge));
        }

        if (Checksums.IsValidNiss(niss) && !Checksums.NissAgreesWith(niss, birthDate))
        {
            errors.Add(new DomainError(ErrorCodes.InvalidNiss, NissDisagreesWithBirthDate, "input.niss"));
        }

        for (var i = 0; i < targetGroups.Count; i++)
        {
            var code = targetGroups[i];
            if (!knownTargetGroups.Contains(code))
            {
                errors.Add(DomainError.Invalid($"input.targetGroups[{i}]", UnknownTargetGroup, code));
            }
            else if (TargetGroups.IsDerived(code) && !TargetGroups.DerivedOn(birthDate, today).Contains(code))
            {
                errors.Add(DomainError.Invalid($"input.targetGroups[{i}]", TargetGroupFollowsBirthDate, code));
            }
        }

        return errors;
    }
}
