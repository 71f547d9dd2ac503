using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Errors;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Identity;
using Partners.Api.Organisations;
using Partners.Data;
using Partners.Domain.JobSeekers;
using Partners.Domain.Organisations;

namespace Partners.Api.JobSeekers;

public sealed record RegisterJobSeekerInput(
    string Niss, string FirstName, string LastName, DateOnly BirthDate, Region? Region, string? PostalCode, string? Municipality,
    string? Email, string? Phone, IReadOnlyList<string>? TargetGroups, IReadOnlyList<string>? ProfessionalObjectives);

public sealed class RegisterJobSeekerInputType : InputObjectGraphType<RegisterJobSeekerInput>
{
    public RegisterJobSeekerInputType()
    {
        Name = "RegisterJobSeekerInput";
        Description = "A job seeker's registration (inscription) by the Office.";
        Field<NonNullGraphType<StringGraphType>>("niss").Description("The national number (NISS), 11 digits, mod-97 checked.");
        Field<NonNullGraphType<StringGraphType>>("firstName").Description("First name.");
        Field<NonNullGraphType<StringGraphType>>("lastName").Description("Last name.");
        Field<NonNullGraphType<Partners.Api.GraphQL.DateScalar>>("birthDate").Description("Birth date.");
        Field<RegionType>("region").Description("The directorate that follows the person.");
        Field<StringGraphType>("postalCode").Description("Postal code.");
        Field<StringGraphType>("municipality").Description("Municipality.");
        Field<StringGraphType>("email").Description("E-mail address.");
        Field<StringGraphType>("phone").Description("Phone number.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("targetGroups").Description("Target group codes (publics cibles).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("professionalObjectives").Description("Objectives of the action plan (art. 8).");
    }
}

public sealed class JobSeekerPayloadType() : PayloadType<JobSeekerNode, JobSeeker>("JobSeekerPayload", "jobSeeker", "The registered job seeker, or the refusals.");

/// <summary>The Office registers job seekers (in production, from its own register); the NISS is checked (mod 97).</summary>
public sealed class RegisterJobSeekerMutation : IMutationFields
{
    public void AddTo(MutationType mutation) =>
        mutation.Mutation<RegisterJobSeekerInputType, JobSeekerPayloadType>("registerJobSeeker", "Registers a job seeker (Office only); a bad NISS is INVALID_NISS.")
            .Authorize(AccessRule.Scope(Scopes.JobSeekerIdentity, Scopes.JobSeekerPathway).ForKinds(OrganisationKind.Office))
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<RegisterJobSeekerInput>("input");
                if (TextLimits.Check(context, ("input.firstName", input.FirstName, 100), ("input.lastName", input.LastName, 100), ("input.postalCode", input.PostalCode, 10),
                        ("input.municipality", input.Municipality, 100), ("input.email", input.Email, 254), ("input.phone", input.Phone, 40)) is { Count: > 0 } tooLong)
                {
                    return Payload<JobSeeker>.Refused(tooLong);
                }

                var identity = new JobSeekerIdentity
                {
                    FirstName = input.FirstName.Trim(), LastName = input.LastName.Trim(), BirthDate = input.BirthDate,
                    PostalCode = input.PostalCode, Municipality = input.Municipality, Email = input.Email, Phone = input.Phone,
                };
                var created = JobSeeker.Create(input.Niss, identity, input.Region);
                var db = context.Service<PartnersDbContext>();
                var knownGroups = await db.TargetGroups.Select(g => g.Code).ToListAsync(context.CancellationToken);
                var legal = JobSeekerRegistration.Check(input.Niss, input.BirthDate, input.TargetGroups ?? [], knownGroups, context.Service<Partners.Domain.Common.IClock>().Today);
                if (!created.IsSuccess || legal.Count > 0)
                {
                    return Payload<JobSeeker>.Refused(created.Errors.Concat(legal).ToUserErrors(context));
                }

                var jobSeeker = created.Value!;
                if (await db.JobSeekers.AnyAsync(j => j.Niss == jobSeeker.Niss, context.CancellationToken))
                {
                    return Payload<JobSeeker>.Refused(new Partners.Domain.Common.DomainError(Partners.Domain.Common.ErrorCodes.Validation, "niss_already_registered", "input.niss").ToUserError(context));
                }

                jobSeeker.Pathway.RegisteredOn = context.Service<Partners.Domain.Common.IClock>().Today;
                // The groups that follow the birth date are computed when read, never stored.
                jobSeeker.Pathway.TargetGroupCodes.AddRange((input.TargetGroups ?? []).Where(c => !Partners.Domain.Offers.TargetGroups.IsDerived(c)));
                jobSeeker.Pathway.ProfessionalObjectives.AddRange((input.ProfessionalObjectives ?? []).Select(t => new ProfessionalObjective { Title = t }));
                db.JobSeekers.Add(jobSeeker);
                return await db.SaveAsync(context) is { } conflict ? Payload<JobSeeker>.Refused(conflict) : Payload<JobSeeker>.Ok(jobSeeker);
            });
}
