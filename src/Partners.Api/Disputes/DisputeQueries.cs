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
                var disputes = Filters.Apply(context.Service<PartnersDbContext>().Disputes.AsNoTracking().VisibleTo(context.Actor()), context);
                return await DisputeOrdering.Sorting.Apply(disputes, context).ToConnectionAsync(context);
            });

    public async Task<object?> ResolveAsync(IResolveFieldContext context, long key) =>
        context.Caller().HasScope(Scopes.DisputesRead)
            ? await context.Service<PartnersDbContext>().Disputes.AsNoTracking().VisibleTo(context.Actor())
                .FirstOrDefaultAsync(d => d.Id == key, context.CancellationToken)
            : null;

    /// <summary>The disputes' <c>where</c> (DisputeFilter).</summary>
    private static readonly Filtering<Dispute, DisputeFilter> Filters = new Filtering<Dispute, DisputeFilter>()
        .Is(f => f.Status, d => d.Status)
        .AnyOf(f => f.StatusIn, d => d.Status)
        .Is(f => f.Region, d => d.Region)
        .AnyOf(f => f.RegionIn, d => d.Region)
        .On((f, context) => f.PartyId is { } one ? Parties([one], context) : null)
        .On((f, context) => Parties(f.PartyIdIn, context))
        .Within(f => f.FiledAt, d => d.FiledAt);

    /// <summary>The disputes one of <paramref name="ids"/> filed or answers; an id that is not an organisation's is VALIDATION.</summary>
    private static System.Linq.Expressions.Expression<Func<Dispute, bool>>? Parties(IReadOnlyList<string>? ids, IResolveFieldContext context)
    {
        if (ids is not { Count: > 0 })
        {
            return null;
        }

        var parties = Filtering<Dispute, DisputeFilter>.KeysOf(ids, OrganisationNode.TypeName, context);
        return d => parties.Contains(d.FilerOrganisationId) || parties.Contains(d.RespondentOrganisationId);
    }
}
