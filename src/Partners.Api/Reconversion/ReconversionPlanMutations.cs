using GraphQL;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Errors;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Api.Organisations;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Organisations;
using Partners.Domain.Reconversion;

namespace Partners.Api.Reconversion;

/// <summary>The Office creates a reconversion unit's plan (décret du 29 janvier 2004, art. 11); the domain checks it.</summary>
public sealed class ReconversionPlanMutations : IMutationFields
{
    public const string NotAUnit = "reconversion_plan_not_a_unit";

    public void AddTo(MutationType mutation) =>
        mutation.Mutation<CreateReconversionPlanInputType, ReconversionPlanPayloadType>(
                "createReconversionPlan", "The Office creates the plan of a reconversion unit: a valid employer enterprise number, at most two years (art. 2 §4).")
            .Authorize(AccessRule.Scope().ForKinds(OrganisationKind.Office))
            .Runs<CreateReconversionPlanInput, ReconversionPlan>(async scope =>
            {
                var input = scope.Input;
                var unit = await scope.FindAsync(scope.Db.Organisations.AsNoTracking(), input.ReconversionUnitId, OrganisationNode.TypeName);
                if (unit?.Kind != OrganisationKind.ReconversionUnit)
                {
                    return unit is null ? DomainError.NotFound("input.reconversionUnitId") : DomainError.Invalid("input.reconversionUnitId", NotAUnit);
                }

                var plan = ReconversionPlan.Create(unit.Id, input.EmployerName, input.EmployerEnterpriseNumber, input.StartsOn, input.EndsOn);
                if (plan.Value is { } created)
                {
                    scope.Db.ReconversionPlans.Add(created);
                }

                return Change<ReconversionPlan>.Of(plan);
            });
}
