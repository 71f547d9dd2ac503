using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Data;
using Partners.Domain.Offers;

namespace Partners.Api.Offers;

/// <summary>The target groups are reference data every authenticated partner may read.</summary>
public sealed class TargetGroupQueries : IQueryFields, INodeResolver
{
    public string TypeName => TargetGroupNode.TypeName;

    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetGroupNode>>>>("targetGroups")
            .Description("The target groups (publics cibles) offers may be restricted to, by code.")
            .AuthorizeAuthenticated()
            .ResolveAsync(async context => await context.Service<PartnersDbContext>().TargetGroups.AsNoTracking()
                .OrderBy(g => g.Code).ToListAsync(context.CancellationToken));

    public async Task<object?> ResolveAsync(IResolveFieldContext context, long key) =>
        await context.Service<PartnersDbContext>().TargetGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == key, context.CancellationToken);
}
