using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
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
                var offers = Filter(Visible(context), context.GetArgument<OfferFilter?>("where"), context);
                return await OfferOrdering.Sorting.Apply(offers, context).ToConnectionAsync(context);
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
        key is null ? null : await Visible(context).FirstOrDefaultAsync(o => o.Id == key, context.CancellationToken);

    // Split: the offers, then their sessions, then their information sessions, instead of one cross product.
    private static IQueryable<Offer> Visible(IResolveFieldContext context) =>
        context.Service<PartnersDbContext>().Offers.AsNoTracking().AsSplitQuery().Where(OfferVisibility.For(context.Caller()));

    private static IQueryable<Offer> Filter(IQueryable<Offer> offers, OfferFilter? filter, IResolveFieldContext context)
    {
        if (filter is null)
        {
            return offers;
        }

        if (filter.ServiceType is { } serviceType)
        {
            offers = offers.Where(o => o.ServiceType == serviceType);
        }

        if (filter.Region is { } region)
        {
            offers = offers.Where(o => o.Region == region);
        }

        if (filter.Status is { } status)
        {
            offers = offers.Where(o => o.Status == status);
        }

        if (filter.TargetGroup is { } code)
        {
            offers = offers.Where(o => o.TargetGroups.Any(g => g.Code == code));
        }

        if (filter.OperatorId is not null)
        {
            var operatorId = GlobalId.KeyOf(filter.OperatorId, OrganisationNode.TypeName)
                ?? throw PartnersError.Execution(context, ErrorCodes.Validation, "invalid_id");
            offers = offers.Where(o => o.OperatorOrganisationId == operatorId);
        }

        if (filter.HasSeatsAvailable is { } seats)
        {
            offers = seats ? offers.Where(o => o.Capacity > o.SeatsTaken) : offers.Where(o => o.Capacity <= o.SeatsTaken);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = SearchPattern.Contains(filter.Search);
            offers = offers.Where(o => EF.Functions.Like(o.Title, pattern, SearchPattern.Escape) || EF.Functions.Like(o.Objectives, pattern, SearchPattern.Escape)
                || EF.Functions.Like(o.Municipality, pattern, SearchPattern.Escape));
        }

        return offers;
    }
}
