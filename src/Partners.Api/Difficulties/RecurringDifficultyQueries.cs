using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Commission;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Difficulties;

namespace Partners.Api.Difficulties;

/// <summary>The Commission's feed of recurring difficulties; a reporter sees its own reports only.</summary>
public sealed class RecurringDifficultyQueries : IQueryFields, INodeResolver
{
    public string TypeName => RecurringDifficultyNode.TypeName;

    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ConnectionType<RecurringDifficultyNode, RecurringDifficulty>>>("recurringDifficulties")
            .Description("The recurring difficulties reported to the Commission (art. 13 12°, art. 14 9°), newest first: all of them for the Commission, its own reports for anyone else.")
            .Arguments(Paging.Arguments(new QueryArgument<RecurringDifficultyFilterType> { Name = "where", Description = "Filters." }, Ordering.Argument<RecurringDifficultySortType>("newest first")))
            .AuthorizeAuthenticated()
            .ResolveAsync(async context =>
            {
                var difficulties = Filters.Apply(VisibleTo(context.Service<PartnersDbContext>().RecurringDifficulties.AsNoTracking(), context.Actor()), context);
                return await RecurringDifficultyOrdering.Sorting.Apply(difficulties, context).ToConnectionAsync(context);
            });

    public async Task<object?> ResolveAsync(IResolveFieldContext context, long key) =>
        await VisibleTo(context.Service<PartnersDbContext>().RecurringDifficulties.AsNoTracking(), context.Actor())
            .FirstOrDefaultAsync(d => d.Id == key, context.CancellationToken);

    public static IQueryable<RecurringDifficulty> VisibleTo(IQueryable<RecurringDifficulty> difficulties, NetworkActor actor) =>
        actor.IsCommission ? difficulties : difficulties.Where(d => d.ReporterOrganisationId == actor.OrganisationId);

    /// <summary>The recurring difficulties' <c>where</c> (RecurringDifficultyFilter).</summary>
    private static readonly Filtering<RecurringDifficulty, RecurringDifficultyFilter> Filters = new Filtering<RecurringDifficulty, RecurringDifficultyFilter>()
        .Is(f => f.Status, d => d.Status)
        .AnyOf(f => f.StatusIn, d => d.Status)
        .Is(f => f.Region, d => d.Region)
        .AnyOf(f => f.RegionIn, d => d.Region)
        .Within(f => f.ReportedAt, d => d.ReportedAt);
}
