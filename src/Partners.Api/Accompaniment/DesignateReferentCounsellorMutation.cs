using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Errors;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Identity;
using Partners.Api.JobSeekers;
using Partners.Api.Referrals;
using Partners.Domain.Common;
using Partners.Domain.JobSeekers;
using Partners.Domain.Organisations;

namespace Partners.Api.Accompaniment;

public sealed record DesignateReferentCounsellorInput(string JobSeekerId, string CounsellorUserId, string CounsellorName);

public sealed class DesignateReferentCounsellorInputType : InputObjectGraphType<DesignateReferentCounsellorInput>
{
    public DesignateReferentCounsellorInputType()
    {
        Name = "DesignateReferentCounsellorInput";
        Description = "The designation of a person's referent counsellor (désignation du conseiller référent, décret du 12 janvier 2012, art. 13 2°).";
        Field<NonNullGraphType<IdGraphType>>("jobSeekerId").Description("The person.");
        Field<NonNullGraphType<StringGraphType>>("counsellorUserId").Description("The staff member: the object id (oid) of their Office (Entra ID) account.").MaxLength(100);
        Field<NonNullGraphType<StringGraphType>>("counsellorName").Description("The staff member's name, as the person and the operators see it.").MaxLength(200);
    }
}

/// <summary>
/// The Office designates a person's referent counsellor (art. 13 2°); the previous designation ends at that moment
/// and stays in the history. From then on, the person's referral events (art. 14 5°–7°) reach that counsellor.
/// </summary>
public sealed class DesignateReferentCounsellorMutation : IMutationFields
{
    public void AddTo(MutationType mutation) =>
        mutation.Mutation<DesignateReferentCounsellorInputType, JobSeekerPayloadType>("designateReferentCounsellor", "Designates the person's referent counsellor (art. 13 2°); the Office only.")
            .Authorize(AccessRule.Scope(Scopes.JobSeekerPathway).ForKinds(OrganisationKind.Office).ForRoles(StaffRoles.Counsellor))
            .RunsOnPerson<DesignateReferentCounsellorInput>(i => i.JobSeekerId, async (scope, jobSeeker) =>
            {
                var input = scope.Input;
                var current = await scope.Db.CounsellorDesignations
                    .FirstOrDefaultAsync(d => d.JobSeekerId == jobSeeker.Id && d.EndedAt == null, scope.CancellationToken);
                if (current is not null && string.Equals(current.CounsellorUserId, input.CounsellorUserId.Trim(), StringComparison.OrdinalIgnoreCase)
                    && current.CounsellorName == input.CounsellorName.Trim())
                {
                    // A repeated designation answers the current state.
                    return Change<JobSeeker>.Ok(jobSeeker);
                }

                var designated = jobSeeker.DesignateCounsellor(current, input.CounsellorUserId, input.CounsellorName, scope.Caller.ReferralActor, scope.Now);
                if (designated.Value is not { } designation)
                {
                    return Change<JobSeeker>.Refused(designated.Errors);
                }

                scope.Db.CounsellorDesignations.Add(designation);
                return Change<JobSeeker>.Ok(jobSeeker);
            });
}
