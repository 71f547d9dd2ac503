using Partners.Domain.Common;
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
        Field<NonNullGraphType<StringGraphType>>("niss").Description("The national number (NISS), 11 digits, mod-97 checked.").MaxLength(20);
        Field<NonNullGraphType<StringGraphType>>("firstName").Description("First name.").MaxLength(100);
        Field<NonNullGraphType<StringGraphType>>("lastName").Description("Last name.").MaxLength(100);
        Field<NonNullGraphType<Partners.Api.GraphQL.DateScalar>>("birthDate").Description("Birth date.");
        Field<RegionType>("region").Description("The directorate that follows the person.");
        Field<StringGraphType>("postalCode").Description("Postal code.").MaxLength(10);
        Field<StringGraphType>("municipality").Description("Municipality.").MaxLength(100);
        Field<StringGraphType>("email").Description("E-mail address.").MaxLength(254);
        Field<StringGraphType>("phone").Description("Phone number.").MaxLength(40);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("targetGroups").Description("Target group codes (publics cibles).").MaxLength(40);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("professionalObjectives").Description("Objectives of the action plan (art. 8).").MaxLength(300);
    }
}

public sealed class JobSeekerPayloadType() : PayloadType<JobSeekerNode, JobSeeker>("JobSeekerPayload", "jobSeeker", "The registered job seeker, or the refusals.");

/// <summary>The Office registers job seekers (in production, from its own register); the NISS is checked (mod 97).</summary>
public sealed class RegisterJobSeekerMutation : IMutationFields
{
    public void AddTo(MutationType mutation) =>
        mutation.Mutation<RegisterJobSeekerInputType, JobSeekerPayloadType>("registerJobSeeker", "Registers a job seeker (Office only); a bad NISS is INVALID_NISS.")
            .Authorize(AccessRule.Scope(Scopes.JobSeekerIdentity, Scopes.JobSeekerPathway).ForKinds(OrganisationKind.Office))
            .Runs<RegisterJobSeekerInput, JobSeeker>(async scope =>
            {
                var input = scope.Input;
                var identity = new JobSeekerIdentity
                {
                    FirstName = input.FirstName.Trim(), LastName = input.LastName.Trim(), BirthDate = input.BirthDate,
                    PostalCode = input.PostalCode, Municipality = input.Municipality, Email = input.Email, Phone = input.Phone,
                };
                var created = JobSeeker.Create(input.Niss, identity, input.Region);
                var knownGroups = await scope.Db.TargetGroups.Select(g => g.Code).ToListAsync(scope.CancellationToken);
                var legal = JobSeekerRegistration.Check(input.Niss, input.BirthDate, input.TargetGroups ?? [], knownGroups, scope.Today);
                if (created.Value is not { } jobSeeker || legal.Count > 0)
                {
                    return Change<JobSeeker>.Refused(created.Errors.Concat(legal));
                }

                // Checked here for a clear answer; a concurrent registration of the same NISS hits the unique index,
                // and the pipeline's retry lands here again.
                if (await scope.Db.JobSeekers.AnyAsync(j => j.Niss == jobSeeker.Niss, scope.CancellationToken))
                {
                    return DomainError.Invalid("input.niss", "niss_already_registered");
                }

                jobSeeker.Pathway.RegisteredOn = scope.Today;
                // The groups that follow the birth date are computed when read, never stored.
                jobSeeker.Pathway.TargetGroupCodes.AddRange((input.TargetGroups ?? []).Where(c => !Domain.Offers.TargetGroups.IsDerived(c)));
                jobSeeker.Pathway.ProfessionalObjectives.AddRange((input.ProfessionalObjectives ?? []).Select(t => new ProfessionalObjective { Title = t }));
                scope.Db.JobSeekers.Add(jobSeeker);
                return Change<JobSeeker>.Ok(jobSeeker);
            });
}
