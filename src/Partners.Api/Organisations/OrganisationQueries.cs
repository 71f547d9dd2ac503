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
                var filter = context.GetArgument<OrganisationFilter?>("where");
                var organisations = context.Service<PartnersDbContext>().Organisations.AsNoTracking();
                if (filter?.Kind is { } kind)
                {
                    organisations = organisations.Where(o => o.Kind == kind);
                }

                if (filter?.Region is { } region)
                {
                    organisations = organisations.Where(o => o.Region == region);
                }

                if (!string.IsNullOrWhiteSpace(filter?.Search))
                {
                    var pattern = SearchPattern.Contains(filter.Search);
                    organisations = organisations.Where(o => EF.Functions.Like(o.Name, pattern, SearchPattern.Escape));
                }

                return await OrganisationOrdering.Sorting.Apply(organisations, context).ToConnectionAsync(context);
            });
    }

    public async Task<object?> ResolveAsync(IResolveFieldContext context, long key) =>
        await context.Service<PartnersDbContext>().Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == key, context.CancellationToken);
}
