using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Data;

namespace Partners.Api.Identity;

public sealed class ViewerQueries : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ViewerNode>>("viewer")
            .Description("The caller's organisation, client id and granted scopes.")
            .AuthorizeAuthenticated()
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var organisation = await context.Service<PartnersDbContext>().Organisations.AsNoTracking()
                    .SingleAsync(o => o.Id == caller.OrganisationId, context.CancellationToken);
                return new Viewer(organisation, caller);
            });
}
