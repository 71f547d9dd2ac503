using Partners.Api.GraphQL.Relay;
using Partners.Api.GraphQL;
using GraphQL.Types;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Organisations;
using Partners.Domain.Offers;
using Partners.Domain.Organisations;

namespace Partners.Api.Offers;

public sealed record OfferFilter(
    ServiceType? ServiceType, IReadOnlyList<ServiceType>? ServiceTypeIn, Region? Region, IReadOnlyList<Region>? RegionIn, string? TargetGroup, IReadOnlyList<string>? TargetGroupIn, string? OperatorId, IReadOnlyList<string>? OperatorIdIn,
    OfferStatus? Status, IReadOnlyList<OfferStatus>? StatusIn, string? Search, bool? HasSeatsAvailable, DateRange? StartsOn,
    IReadOnlyList<OfferFilter>? And, IReadOnlyList<OfferFilter>? Or)
    : ICombinedFilter<OfferFilter>;

public sealed class OfferFilterType : FilterType<OfferFilter, OfferFilterType>
{
    public OfferFilterType()
        : base("OfferFilter", "Filters of the offers list (offres de prestations).")
    {
        Field<ServiceTypeType>("serviceType").Description("Only offers of this kind of service.");
        Field<ListGraphType<NonNullGraphType<ServiceTypeType>>>("serviceTypeIn").Description("Only offers of one of these kinds of service.");
        Field<RegionType>("region").Description("Only offers whose place of service lies in this directorate.");
        Field<ListGraphType<NonNullGraphType<RegionType>>>("regionIn").Description("Only offers whose place of service lies in one of these directorates.");
        Field<StringGraphType>("targetGroup").Description("Only offers restricted to this target group code, e.g. YOUTH_UNDER_25.").MaxLength(40);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("targetGroupIn").Description("Only offers restricted to one of these target group codes, e.g. YOUTH_UNDER_25.").MaxLength(40);
        Field<IdGraphType>("operatorId").Description("Only offers of this operator (an Organisation id).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("operatorIdIn").Description("Only offers of one of these operators (Organisation ids).");
        Field<OfferStatusType>("status").Description("Only offers in this status (among those the caller may read).");
        Field<ListGraphType<NonNullGraphType<OfferStatusType>>>("statusIn").Description("Only offers in one of these statuses (among those the caller may read).");
        Field<StringGraphType>("search").Description("Free text found in the title, the objectives or the municipality, case-insensitive.").MaxLength(SearchPattern.MaxLength);
        Field<BooleanGraphType>("hasSeatsAvailable").Description("True: only offers with seats left; false: only full ones.");
        Field<DateRangeType>("startsOn").Description("Only offers starting on these days.");
        Combinable();
    }
}
