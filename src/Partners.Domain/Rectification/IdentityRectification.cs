using System.Globalization;
using Partners.Domain.Boundaries;
using Partners.Domain.Common;
using Partners.Domain.JobSeekers;

namespace Partners.Domain.Rectification;

/// <summary>The Office's correction of a person's IDENTITY fields: those named in <c>Given</c> change, the others stay; an empty optional one is erased.</summary>
public sealed record IdentityCorrection(
    string? FirstName, string? LastName, DateOnly? BirthDate, string? Email, string? Phone, string? Street, string? PostalCode, string? Municipality,
    IReadOnlySet<string> Given);

public static class IdentityRectification
{
    public const int MaxReasonLength = 500;

    /// <summary>Applies <paramref name="correction"/> and returns one <see cref="DataCorrection"/> per field that changed.</summary>
    public static Result<IReadOnlyList<DataCorrection>> Apply(JobSeeker person, IdentityCorrection correction, string reason, NetworkActor actor, DateOnly today, DateTime now)
    {
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add(DomainError.Invalid("input.reason", "required"));
        }
        else if (reason.Length > MaxReasonLength)
        {
            errors.Add(DomainError.Invalid("input.reason", "too_long", MaxReasonLength));
        }

        foreach (var (field, value) in new[] { ("firstName", correction.FirstName), ("lastName", correction.LastName) })
        {
            if (correction.Given.Contains(field) && string.IsNullOrWhiteSpace(value))
            {
                errors.Add(DomainError.Invalid("input." + field, "required"));
            }
        }

        if (correction.Given.Contains("birthDate") && (correction.BirthDate is not { } birth || birth >= today))
        {
            errors.Add(DomainError.Invalid("input.birthDate", RectificationMessageKeys.BirthDateNotPast));
        }

        if (errors.Count > 0)
        {
            return Result<IReadOnlyList<DataCorrection>>.Failure([.. errors]);
        }

        var identity = person.Identity;
        var changes = new List<DataCorrection>();
        void Change(string field, string? before, string? after, Action apply)
        {
            if (!correction.Given.Contains(field) || before == after)
            {
                return;
            }

            apply();
            changes.Add(new DataCorrection
            {
                JobSeekerId = person.Id, Category = DataCategory.Identity, Field = field, Before = before, After = after, At = now,
                OrganisationId = actor.OrganisationId, ClientId = actor.ClientId, UserId = actor.UserId, Reason = reason.Trim(),
            });
        }

        static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        Change("firstName", identity.FirstName, Clean(correction.FirstName), () => identity.FirstName = Clean(correction.FirstName)!);
        Change("lastName", identity.LastName, Clean(correction.LastName), () => identity.LastName = Clean(correction.LastName)!);
        Change("birthDate", identity.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), correction.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            () => identity.BirthDate = correction.BirthDate!.Value);
        Change("email", identity.Email, Clean(correction.Email), () => identity.Email = Clean(correction.Email));
        Change("phone", identity.Phone, Clean(correction.Phone), () => identity.Phone = Clean(correction.Phone));
        Change("street", identity.Street, Clean(correction.Street), () => identity.Street = Clean(correction.Street));
        Change("postalCode", identity.PostalCode, Clean(correction.PostalCode), () => identity.PostalCode = Clean(correction.PostalCode));
        Change("municipality", identity.Municipality, Clean(correction.Municipality), () => identity.Municipality = Clean(correction.Municipality));
        return Result<IReadOnlyList<DataCorrection>>.Success(changes);
    }
}

public static class RectificationMessageKeys
{
    public const string BirthDateNotPast = "birth_date_not_past";
}
