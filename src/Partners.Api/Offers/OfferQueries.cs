using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Api.GraphQL.Errors;
using Partners.Api.GraphQL.Relay;
using Partners.Api.Identity;
using Partners.Api.Organisations;
using Partners.Data;
using Partners.Domain.Common;
using Partners.Domain.Offers;

namespace Partners.Api.Offers;

/// <summary><c>offers</c>, <c>offer(id:)</c> and <c>node(id:)</c> for offers, all through <see cref="OfferVisibility"/>.</summary>
public sealed class OfferQueries : IQueryFields, INodeResolver
{
    public string TypeName => OfferNode.TypeName;

    public void AddTo(QueryType query)
    {
        query.Field<NonNullGraphType<ConnectionType<OfferNode, Offer>>>("offers")
            .Description("The offers of services (offres de prestations, art. 14 2°) the caller may read, filtered and sorted.")
            .Arguments(Paging.Arguments(
                new QueryArgument<OfferFilterType> { Name = "where", Description = "Filters." },
                Ordering.Argument<OfferSortType>("by title")))
            .RequireScope(Scopes.OffersRead)
            .ResolveAsync(async context =>
            {
                var offers = Filters.Apply(Visible(context), context);
                var model = context.Service<PartnersDbContext>().Model;
                return await OfferOrdering.Sorting.Apply(offers, context).ToConnectionAsync(context, (page, ct) => page.WithoutOwnedTables(model).ToListAsync(ct));
            });

        query.Field<OfferNode>("offer")
            .Description("The offer with this id, if the caller may read it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The offer's id.")
            .RequireScope(Scopes.OffersRead)
            .ResolveAsync(async context => await FindAsync(context, GlobalId.KeyOf(context.GetArgument<string>("id"), TypeName)));
    }

    public async Task<object?> ResolveAsync(IResolveFieldContext context, long key) =>
        context.Caller().HasScope(Scopes.OffersRead) ? await FindAsync(context, key) : null;

    private static async Task<Offer?> FindAsync(IResolveFieldContext context, long? key) =>
        key is null ? null : await Visible(context).Where(o => o.Id == key)
            .WithoutOwnedTables(context.Service<PartnersDbContext>().Model).FirstOrDefaultAsync(context.CancellationToken);

    // Without the sessions' tables: their fields read them for the whole page, only when selected.
    private static IQueryable<Offer> Visible(IResolveFieldContext context) =>
        context.Service<PartnersDbContext>().Offers.AsNoTracking().Where(OfferVisibility.For(context.Caller()));

    /// <summary>The offers' <c>where</c> (OfferFilter).</summary>
    private static readonly Filtering<Offer, OfferFilter> Filters = new Filtering<Offer, OfferFilter>()
        .Is(f => f.ServiceType, o => o.ServiceType)
        .AnyOf(f => f.ServiceTypeIn, o => o.ServiceType)
        .Is(f => f.Region, o => o.Region)
        .AnyOf(f => f.RegionIn, o => o.Region)
        .Is(f => f.Status, o => o.Status)
        .AnyOf(f => f.StatusIn, o => o.Status)
        .On(f => f.TargetGroup is { } code ? o => o.TargetGroups.Any(g => g.Code == code) : null)
        .On(f => f.TargetGroupIn is { Count: > 0 } codes ? o => o.TargetGroups.Any(g => codes.Contains(g.Code)) : null)
        .IsId(f => f.OperatorId, OrganisationNode.TypeName, o => o.OperatorOrganisationId)
        .AnyOfIds(f => f.OperatorIdIn, OrganisationNode.TypeName, o => o.OperatorOrganisationId)
        .On(f => f.HasSeatsAvailable switch
        {
            true => o => o.Capacity > o.SeatsTaken,
            false => o => o.Capacity <= o.SeatsTaken,
            null => null,
        })
        .On(f => string.IsNullOrWhiteSpace(f.Search) ? null : SearchPattern.Contains(f.Search) is var pattern
            ? o => EF.Functions.Like(o.Title, pattern, SearchPattern.Escape) || EF.Functions.Like(o.Objectives, pattern, SearchPattern.Escape)
                || EF.Functions.Like(o.Municipality, pattern, SearchPattern.Escape)
            : null)
        .Within(f => f.StartsOn, o => o.StartsOn);
}
