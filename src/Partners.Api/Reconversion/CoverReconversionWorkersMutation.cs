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
using Partners.Domain.Organisations;
using Partners.Domain.Reconversion;

namespace Partners.Api.Reconversion;

public sealed record CoverReconversionWorkersInput(string PlanId, IReadOnlyList<string> JobSeekerIds);

public sealed class CoverReconversionWorkersInputType : InputObjectGraphType<CoverReconversionWorkersInput>
{
    public CoverReconversionWorkersInputType()
    {
        Name = "CoverReconversionWorkersInput";
        Description = "The dismissed workers a reconversion plan covers (décret du 29 janvier 2004, art. 11): only they may be referred to the unit's offers.";
        Field<NonNullGraphType<IdGraphType>>("planId").Description("The plan.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("jobSeekerIds").Description("The workers, as job seekers; adding one twice changes nothing.");
    }
}

/// <summary>The Office names the workers of a collective dismissal that a reconversion plan covers.</summary>
public sealed class CoverReconversionWorkersMutation : IMutationFields
{
    public void AddTo(MutationType mutation) =>
        mutation.Mutation<CoverReconversionWorkersInputType, ReconversionPlanPayloadType>("coverReconversionWorkers", "Adds dismissed workers to a reconversion plan (the Office only).")
            .Authorize(AccessRule.Scope().ForKinds(OrganisationKind.Office))
            .Runs<CoverReconversionWorkersInput, ReconversionPlan>(async scope =>
            {
                var plan = await scope.FindAsync(scope.Db.ReconversionPlans, scope.Input.PlanId, ReconversionPlanNode.TypeName);
                if (plan is null)
                {
                    return Change<ReconversionPlan>.NotFound("input.planId");
                }

                var ids = scope.Input.JobSeekerIds.Select(id => GlobalId.KeyOf(id, JobSeekerNode.TypeName)).ToList();
                var keys = ids.OfType<long>().Distinct().ToList();
                var found = await scope.Db.JobSeekers.Where(j => keys.Contains(j.Id)).Select(j => j.Id).ToListAsync(scope.CancellationToken);
                if (ids.Contains(null) || found.Count != keys.Count)
                {
                    return Change<ReconversionPlan>.NotFound("input.jobSeekerIds");
                }

                found.ForEach(plan.Cover);
                return Change<ReconversionPlan>.Ok(plan);
            });
}
