using GraphQL.Types;

namespace Partners.Api.Offers;

public enum OfferSortField
{
    Title,
    StartsOn,
    SeatsLeft,
    UpdatedAt,
}

public enum SortDirection
{
    Asc,
    Desc,
}

public sealed record OfferSort(OfferSortField Field, SortDirection Direction = SortDirection.Asc);

public sealed class OfferSortType : InputObjectGraphType<OfferSort>
{
    public OfferSortType()
    {
        Name = "OfferSort";
        Description = "One key of the offers' order; the list always ends its order with the id, so paging is stable.";
        Field<NonNullGraphType<OfferSortFieldType>>("field").Description("What to sort on.");
        Field<NonNullGraphType<SortDirectionType>>("direction").Description("Ascending (default) or descending.")
            .DefaultValue(SortDirection.Asc);
    }
}

public sealed class OfferSortFieldType : EnumerationGraphType<OfferSortField>
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

public sealed class SortDirectionType : EnumerationGraphType<SortDirection>
{
    public SortDirectionType()
    {
        Name = "SortDirection";
        Description = "The direction of a sort key.";
        Values["ASC"]!.Description = "Ascending: smallest, earliest or A first.";
        Values["DESC"]!.Description = "Descending: largest, latest or Z first.";
    }
}
