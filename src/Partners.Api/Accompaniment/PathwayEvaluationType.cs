using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Api.Offers;
using Partners.Api.Organisations;
using Partners.Api.Referrals;
using Partners.Data;
using Partners.Domain.Referrals;

namespace Partners.Api.Accompaniment;

/// <summary>
/// Continuity between operators (seed 001: continuité, éviter de recommencer des étapes): what an operator's evaluation
/// of a finished service said of the person's pathway (art. 14 7°). Part of PATHWAY, so the next operator sees it; the
/// service's events and the candidacy's motivation, which may carry SOCIAL or HEALTH facts, are not shown here.
/// </summary>
public sealed class PathwayEvaluationType : ObjectGraphType<Referral>
{
    public PathwayEvaluationType()
    {
        Name = "PathwayEvaluation";
        Description = "An operator's evaluation of a finished service (art. 14 7°), shown to the person's next operators for continuity (PATHWAY only: no event, no motivation).";
        Field<NonNullGraphType<OrganisationNode>>("operator").Description("The operator that gave the service.")
            .Resolve(c => c.LoadOrganisation(c.Source.OperatorOrganisationId));
        Field<NonNullGraphType<ServiceTypeType>>("serviceType").Description("The kind of service.")
            .Resolve(c => c.LoadOffer(c.Source.OfferId).Map(o => o?.ServiceType));
        this.Member(r => r.ProfessionalObjective).Description("The objective of the plan the service served.");
        this.Member(r => r.ServiceEndedOn, nullable: true).Description("The day the service ended.");
        Field<NonNullGraphType<ServiceOutcomeType>>("outcome").Description("Completed or abandoned.").Resolve(c => c.Source.Outcome);
        Field<NonNullGraphType<ObjectiveAttainmentType>>("attainment").Description("How far the objective was reached.").Resolve(c => c.Source.Evaluation!.Attainment);
        Field<NonNullGraphType<StringGraphType>>("summary").Description("What the service brought toward the objective.").Resolve(c => c.Source.Evaluation!.Summary);
        Field<StringGraphType>("nextStepProposals").Description("The next steps the operator proposed.").Resolve(c => c.Source.Evaluation!.NextStepProposals);
    }
}

public static class PathwayEvaluationLoaders
{
    /// <summary>The evaluated services of each person of a page, by every operator, oldest first, in one statement.</summary>
    public static IDataLoaderResult<IReadOnlyList<Referral>?> LoadPathwayEvaluations(this IResolveFieldContext context, long jobSeekerId) =>
        context.GroupLoader<long, Referral>("pathway-evaluations", async (services, ids, cancellationToken) =>
            (await services.GetRequiredService<PartnersDbContext>().Referrals.AsNoTracking()
                .Where(r => ids.Contains(r.JobSeekerId) && (r.Status == ReferralStatus.Completed || r.Status == ReferralStatus.Abandoned))
                .OrderBy(r => r.ServiceEndedOn).ThenBy(r => r.Id)
                .ToListAsync(cancellationToken))
            .Where(r => r.Evaluation is not null)
            .ToLookup(r => r.JobSeekerId))
        .Load(jobSeekerId);
}
