using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Domain.Organisations;
using Partners.Domain.Reconversion;

namespace Partners.Api.Reconversion;

/// <summary>
/// Reconversion plans are read by the Office, which creates them (décret du 29 janvier 2004, art. 11), and by the unit
/// that runs each one; no other organisation learns of them (the plan names the dismissing employer).
/// </summary>
public sealed class ReconversionPlanQueries : IQueryFields, INodeResolver
{
    public static readonly AccessRule Readers = AccessRule.Scope().ForKinds(OrganisationKind.Office, OrganisationKind.ReconversionUnit);

    public string TypeName => ReconversionPlanNode.TypeName;

    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ConnectionType<ReconversionPlanNode, ReconversionPlan>>>("reconversionPlans")
            .Description("The reconversion plans: all of them for the Office, its own for a reconversion unit; latest start first.")
            .Arguments(Paging.Arguments(new QueryArgument<ReconversionPlanFilterType> { Name = "where", Description = "Filters." }, Ordering.Argument<ReconversionPlanSortType>("latest start first")))
            .Authorize(Readers)
            .ResolveAsync(async context => await ReconversionPlanOrdering.Sorting.Apply(Filters.Apply(Visible(context), context), context).ToConnectionAsync(context));

    public async Task<object?> ResolveAsync(IResolveFieldContext context, long key) =>
        Readers.Check(context.Caller()) is null ? await Visible(context).FirstOrDefaultAsync(p => p.Id == key, context.CancellationToken) : null;

    private static IQueryable<ReconversionPlan> Visible(IResolveFieldContext context)
    {
        var caller = context.Caller();
        var plans = context.Service<PartnersDbContext>().ReconversionPlans.AsNoTracking();
        return caller.IsOffice ? plans : plans.Where(p => p.ReconversionUnitOrganisationId == caller.OrganisationId);
    }

    /// <summary>The plans' <c>where</c> (ReconversionPlanFilter).</summary>
    private static readonly Filtering<ReconversionPlan, ReconversionPlanFilter> Filters = new Filtering<ReconversionPlan, ReconversionPlanFilter>()
        .IsId(f => f.ReconversionUnitId, Organisations.OrganisationNode.TypeName, p => p.ReconversionUnitOrganisationId)
        .AnyOfIds(f => f.ReconversionUnitIdIn, Organisations.OrganisationNode.TypeName, p => p.ReconversionUnitOrganisationId)
        .On(f => string.IsNullOrWhiteSpace(f.Search) ? null : SearchPattern.Contains(f.Search) is var pattern
            ? p => EF.Functions.Like(p.EmployerName, pattern, SearchPattern.Escape)
            : null)
        .Within(f => f.StartsOn, p => p.StartsOn)
        .Within(f => f.EndsOn, p => p.EndsOn);
}
