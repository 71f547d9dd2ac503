using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Commission;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Api.Organisations;
using Partners.Data;
using Partners.Domain.Disputes;

namespace Partners.Api.Disputes;

/// <summary><c>disputes</c> and <c>node(id:)</c> for disputes, both through <see cref="DisputeVisibility"/>.</summary>
public sealed class DisputeQueries : IQueryFields, INodeResolver
{
    public string TypeName => DisputeNode.TypeName;

    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ConnectionType<DisputeNode, Dispute>>>("disputes")
            .Description("The disputes the caller's organisation is a party to (every dispute, for the Commission), newest first.")
            .Arguments(Paging.Arguments(new QueryArgument<DisputeFilterType> { Name = "where", Description = "Filters." }, Ordering.Argument<DisputeSortType>("newest first")))
            .RequireScope(Scopes.DisputesRead)
            .ResolveAsync(async context =>
            {
                var filter = context.GetArgument<DisputeFilter?>("where");
                var disputes = context.Service<PartnersDbContext>().Disputes.AsNoTracking().VisibleTo(context.Actor());
                if (filter?.Status is { } status)
                {
                    disputes = disputes.Where(d => d.Status == status);
                }

                if (filter?.Region is { } region)
                {
                    disputes = disputes.Where(d => d.Region == region);
                }

                if (filter?.PartyId is { } partyId)
                {
                    var party = GlobalId.KeyOf(partyId, OrganisationNode.TypeName) ?? -1;
                    disputes = disputes.Where(d => d.FilerOrganisationId == party || d.RespondentOrganisationId == party);
                }

                return await DisputeOrdering.Sorting.Apply(disputes, context).ToConnectionAsync(context);
            });

    public async Task<object?> ResolveAsync(IResolveFieldContext context, long key) =>
        context.Caller().HasScope(Scopes.DisputesRead)
            ? await context.Service<PartnersDbContext>().Disputes.AsNoTracking().VisibleTo(context.Actor())
                .FirstOrDefaultAsync(d => d.Id == key, context.CancellationToken)
            : null;
}
