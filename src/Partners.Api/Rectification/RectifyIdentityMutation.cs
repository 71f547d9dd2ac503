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
        Field<StringGraphType>("firstName").Description("First name.");
        Field<StringGraphType>("lastName").Description("Last name.");
        Field<Partners.Api.GraphQL.DateScalar>("birthDate").Description("Birth date.");
        Field<StringGraphType>("email").Description("E-mail address.");
        Field<StringGraphType>("phone").Description("Phone number.");
        Field<StringGraphType>("street").Description("Street and number.");
        Field<StringGraphType>("postalCode").Description("Postal code.");
        Field<StringGraphType>("municipality").Description("Municipality.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why (the person's request, a document seen…), kept in the history.");
    }
}

/// <summary>The Office corrects a person's identity; each changed field is kept in the history the data protection officer reads.</summary>
public sealed class RectifyIdentityMutation : IMutationFields
{
    public void AddTo(MutationType mutation) =>
        mutation.Mutation<RectifyIdentityInputType, JobSeekerPayloadType>("rectifyIdentity",
                "Corrects a person's IDENTITY fields (rectification, RGPD art. 16; the Office only). Each changed field is kept with who, when, before and after (`dataCorrections`).")
            .Authorize(AccessRule.Scope(Scopes.JobSeekerIdentity).ForKinds(OrganisationKind.Office))
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<RectifyIdentityInput>("input");
                var given = new (string Name, object? Value)[]
                {
                    ("firstName", input.FirstName), ("lastName", input.LastName), ("birthDate", input.BirthDate), ("email", input.Email), ("phone", input.Phone),
                    ("street", input.Street), ("postalCode", input.PostalCode), ("municipality", input.Municipality),
                }.Where(f => f.Value is not null).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
                if (TextLimits.Check(context, ("input.firstName", input.FirstName, 100), ("input.lastName", input.LastName, 100), ("input.email", input.Email, 254),
                        ("input.phone", input.Phone, 40), ("input.street", input.Street, 200), ("input.postalCode", input.PostalCode, 10),
                        ("input.municipality", input.Municipality, 100), ("input.reason", input.Reason, IdentityRectification.MaxReasonLength)) is { Count: > 0 } tooLong)
                {
                    return Payload<JobSeeker>.Refused(tooLong);
                }

                return await Idempotency.RunAsync(context, () => RectifyAsync(context, input, given), j => j.Id,
                    async id => await context.Service<PartnersDbContext>().JobSeekers.FirstOrDefaultAsync(j => j.Id == id, context.CancellationToken));
            });

    private static async Task<Payload<JobSeeker>> RectifyAsync(IResolveFieldContext context, RectifyIdentityInput input, IReadOnlySet<string> given)
    {
        var db = context.Service<PartnersDbContext>();
        var key = GlobalId.KeyOf(input.JobSeekerId, JobSeekerNode.TypeName);
        var person = key is null ? null : await db.JobSeekers.FirstOrDefaultAsync(j => j.Id == key && j.AnonymisedAt == null, context.CancellationToken);
        if (person is null)
        {
            return Payload<JobSeeker>.Refused(DomainError.NotFound("input.jobSeekerId").ToUserError(context));
        }

        var caller = context.Caller();
        var clock = context.Service<IClock>();
        var correction = new IdentityCorrection(input.FirstName, input.LastName, input.BirthDate, input.Email, input.Phone, input.Street, input.PostalCode, input.Municipality, given);
        var applied = IdentityRectification.Apply(person, correction, input.Reason, new NetworkActor(caller.OrganisationId, caller.OrganisationKind, caller.ClientId, caller.UserId), clock.Today, clock.UtcNow);
        if (!applied.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return Payload<JobSeeker>.Refused(applied.Errors.ToUserErrors(context));
        }

        db.DataCorrections.AddRange(applied.Value!);
        return await db.SaveAsync(context) is { } conflict ? Payload<JobSeeker>.Refused(conflict) : Payload<JobSeeker>.Ok(person);
    }
}
