using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;

namespace Partners.Api.Offers;

public enum OfferSortField
{
    Title,
    StartsOn,
    SeatsLeft,
    UpdatedAt,
}

public sealed class OfferSortType() : SortType<OfferSortField, OfferSortFieldType>("Offer", "offers");

public sealed class OfferSortFieldType : EnumType<OfferSortField>
{
    public OfferSortFieldType()
    {
        Name = "OfferSortField";
        Description = "What the offers list may be sorted on.";
        Values["TITLE"]!.Description = "The title, alphabetically.";
        Values["STARTS_ON"]!.Description = "The first day of the service; offers without one come first in ascending order.";
        Values["SEATS_LEFT"]!.Description = "The number of seats left.";
        Values["UPDATED_AT"]!.Description = "When the offer last changed.";
    }
}
