using Partners.Api.GraphQL.Relay;
using Partners.Domain.Offers;

namespace Partners.Api.Offers;

/// <summary>The offers' sort keys, by title when none is given, and always the id last for stable cursors.</summary>
public static class OfferOrdering
{
    public static readonly Sorting<Offer, OfferSortField> Sorting = new Sorting<Offer, OfferSortField>([new(OfferSortField.Title)], o => o.Id)
        .By(OfferSortField.Title, o => o.Title)
        .By(OfferSortField.StartsOn, o => o.StartsOn)
        .By(OfferSortField.SeatsLeft, o => o.Capacity - o.SeatsTaken)
        .By(OfferSortField.UpdatedAt, o => o.UpdatedAt);
}
