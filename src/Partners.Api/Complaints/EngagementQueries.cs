using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.Identity;
using Partners.Data;

namespace Partners.Api.Complaints;

/// <summary>The engagements open to complaint, read from their table (reference data every partner may read).</summary>
public sealed class EngagementQueries : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EngagementType>>>>("engagements")
            .Description("The engagements open to complaint (art. 13 11° for the Office, art. 14 8° for an operator), in the order of the decree.")
            .AuthorizeAuthenticated()
            .ResolveAsync(async context =>
            {
                var engagements = await context.Service<PartnersDbContext>().Engagements.AsNoTracking().ToListAsync(context.CancellationToken);
                // The decree's order: the Office's article before the operator's, then the item number.
                return engagements.OrderBy(e => e.Party).ThenBy(e => ItemOf(e.Code)).ToList();
            });

    private static int ItemOf(string code) =>
        int.TryParse(code.AsSpan(code.LastIndexOf('_') + 1), System.Globalization.CultureInfo.InvariantCulture, out var item) ? item : int.MaxValue;
}
