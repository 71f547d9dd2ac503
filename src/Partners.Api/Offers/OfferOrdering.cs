using System.Linq.Expressions;
using Partners.Domain.Offers;

namespace Partners.Api.Offers;

/// <summary>Applies the requested sort keys, by title when none is given, and always the id last for stable cursors.</summary>
public static class OfferOrdering
{
    public static IOrderedQueryable<Offer> OrderBy(this IQueryable<Offer> offers, IReadOnlyList<OfferSort>? order)
    {
        IOrderedQueryable<Offer>? ordered = null;
        foreach (var sort in order is { Count: > 0 } ? order : [new OfferSort(OfferSortField.Title)])
        {
            var descending = sort.Direction == SortDirection.Desc;
            ordered = sort.Field switch
            {
                OfferSortField.StartsOn => By(offers, ordered, o => o.StartsOn, descending),
                OfferSortField.SeatsLeft => By(offers, ordered, o => o.Capacity - o.SeatsTaken, descending),
                OfferSortField.UpdatedAt => By(offers, ordered, o => o.UpdatedAt, descending),
                _ => By(offers, ordered, o => o.Title, descending),
            };
        }

        return ordered!.ThenBy(o => o.Id);
    }

    private static IOrderedQueryable<Offer> By<TKey>(
        IQueryable<Offer> offers, IOrderedQueryable<Offer>? ordered, Expression<Func<Offer, TKey>> key, bool descending) =>
        (ordered, descending) switch
        {
            (null, false) => offers.OrderBy(key),
            (null, true) => offers.OrderByDescending(key),
            (_, false) => ordered.ThenBy(key),
            (_, true) => ordered.ThenByDescending(key),
        };
}
