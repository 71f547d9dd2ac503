using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Errors;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Api.JobSeekers;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.JobSeekers;
using Partners.Domain.Organisations;
using Partners.Domain.Rectification;

namespace Partners.Api.Rectification;

public sealed record RectifyIdentityInput(
    string JobSeekerId, string? FirstName, string? LastName, DateOnly? BirthDate, string? Email, string? Phone, string? Street, string? PostalCode,
    string? Municipality, string Reason);

public sealed class RectifyIdentityInputType : InputObjectGraphType<RectifyIdentityInput>
{
    public RectifyIdentityInputType()
    {
        Name = "RectifyIdentityInput";
        Description = "A correction of a person's IDENTITY (rectification, RGPD art. 16) by the Office: only the fields given change; an optional field given as an empty string is erased.";
        Field<NonNullGraphType<IdGraphType>>("jobSeekerId").Description("The person.");
        Field<StringGraphType>("firstName").Description("First name.").MaxLength(100);
        Field<StringGraphType>("lastName").Description("Last name.").MaxLength(100);
        Field<Partners.Api.GraphQL.DateScalar>("birthDate").Description("Birth date.");
        Field<StringGraphType>("email").Description("E-mail address.").MaxLength(254);
        Field<StringGraphType>("phone").Description("Phone number.").MaxLength(40);
        Field<StringGraphType>("street").Description("Street and number.").MaxLength(200);
        Field<StringGraphType>("postalCode").Description("Postal code.").MaxLength(10);
        Field<StringGraphType>("municipality").Description("Municipality.").MaxLength(100);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why (the person's request, a document seen…), kept in the history.").MaxLength(IdentityRectification.MaxReasonLength);
    }
}

/// <summary>The Office corrects a person's identity; each changed field is kept in the history the data protection officer reads.</summary>
public sealed class RectifyIdentityMutation : IMutationFields
{
    public void AddTo(MutationType mutation) =>
        mutation.Mutation<RectifyIdentityInputType, JobSeekerPayloadType>("rectifyIdentity",
                "Corrects a person's IDENTITY fields (rectification, RGPD art. 16; the Office only). Each changed field is kept with who, when, before and after (`dataCorrections`).")
            .Authorize(AccessRule.Scope(Scopes.JobSeekerIdentity).ForKinds(OrganisationKind.Office))
            .Runs<RectifyIdentityInput, JobSeeker>(RectifyAsync);

    private static async Task<Change<JobSeeker>> RectifyAsync(MutationScope<RectifyIdentityInput> scope)
    {
        var (db, input) = (scope.Db, scope.Input);
        var person = await scope.FindAsync(db.JobSeekers.Where(j => j.AnonymisedAt == null), input.JobSeekerId, JobSeekerNode.TypeName);
        if (person is null)
        {
            return Change<JobSeeker>.NotFound("input.jobSeekerId");
        }

        var given = new (string Name, object? Value)[]
        {
            ("firstName", input.FirstName), ("lastName", input.LastName), ("birthDate", input.BirthDate), ("email", input.Email), ("phone", input.Phone),
            ("street", input.Street), ("postalCode", input.PostalCode), ("municipality", input.Municipality),
        }.Where(f => f.Value is not null).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var correction = new IdentityCorrection(input.FirstName, input.LastName, input.BirthDate, input.Email, input.Phone, input.Street, input.PostalCode, input.Municipality, given);
        var applied = IdentityRectification.Apply(person, correction, input.Reason, scope.Actor, scope.Today, scope.Now);
        if (!applied.IsSuccess)
        {
            return Change<JobSeeker>.Refused(applied.Errors);
        }

        db.DataCorrections.AddRange(applied.Value!);
        return Change<JobSeeker>.Ok(person);
    }
}
