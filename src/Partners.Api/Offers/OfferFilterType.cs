using Partners.Api.GraphQL;
using GraphQL.Types;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Organisations;
using Partners.Domain.Offers;
using Partners.Domain.Organisations;

namespace Partners.Api.Offers;

public sealed record OfferFilter(
    ServiceType? ServiceType, Region? Region, string? TargetGroup, string? OperatorId, OfferStatus? Status, string? Search, bool? HasSeatsAvailable);

public sealed class OfferFilterType : InputObjectGraphType<OfferFilter>
{
    public OfferFilterType()
    {
        Name = "OfferFilter";
        Description = "Filters of the offers list (offres de prestations); all given filters apply together.";
        Field<ServiceTypeType>("serviceType").Description("Only offers of this kind of service.");
        Field<RegionType>("region").Description("Only offers whose place of service lies in this directorate.");
        Field<StringGraphType>("targetGroup").Description("Only offers restricted to this target group code, e.g. YOUTH_UNDER_25.").MaxLength(40);
        Field<IdGraphType>("operatorId").Description("Only offers of this operator (an Organisation id).");
        Field<OfferStatusType>("status").Description("Only offers in this status (among those the caller may read).");
        Field<StringGraphType>("search").Description("Free text found in the title, the objectives or the municipality, case-insensitive.").MaxLength(SearchPattern.MaxLength);
        Field<BooleanGraphType>("hasSeatsAvailable").Description("True: only offers with seats left; false: only full ones.");
    }
}
