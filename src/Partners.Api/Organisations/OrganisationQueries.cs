using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Domain.Organisations;

namespace Partners.Api.Organisations;

/// <summary>The network's members are reference data every authenticated partner may read.</summary>
public sealed class OrganisationQueries : IQueryFields, INodeResolver
{
    public string TypeName => OrganisationNode.TypeName;

    public void AddTo(QueryType query)
    {
        query.Field<NonNullGraphType<ConnectionType<OrganisationNode, Organisation>>>("organisations")
            .Description("The members of the partner network, by name.")
            .Arguments(Paging.Arguments(new QueryArgument<OrganisationFilterType> { Name = "where", Description = "Filters." }, Ordering.Argument<OrganisationSortType>("by name")))
            .AuthorizeAuthenticated()
            .ResolveAsync(async context =>
            {
                var organisations = Filters.Apply(context.Service<PartnersDbContext>().Organisations.AsNoTracking(), context);
                return await OrganisationOrdering.Sorting.Apply(organisations, context).ToConnectionAsync(context);
            });
    }

    public async Task<object?> ResolveAsync(IResolveFieldContext context, long key) =>
        await context.Service<PartnersDbContext>().Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == key, context.CancellationToken);

    /// <summary>The organisations' <c>where</c> (OrganisationFilter).</summary>
    private static readonly Filtering<Organisation, OrganisationFilter> Filters = new Filtering<Organisation, OrganisationFilter>()
        .Is(f => f.Kind, o => o.Kind)
        .AnyOf(f => f.KindIn, o => o.Kind)
        .Is(f => f.Region, o => o.Region)
        .AnyOf(f => f.RegionIn, o => o.Region)
        .On(f => string.IsNullOrWhiteSpace(f.Search) ? null : SearchPattern.Contains(f.Search) is var pattern
            ? o => EF.Functions.Like(o.Name, pattern, SearchPattern.Escape)
            : null);
}
