using Partners.Api.GraphQL.Relay;
using GraphQL.Types;
using Partners.Api.Organisations;
using Partners.Domain.Disputes;
using Partners.Domain.Organisations;

namespace Partners.Api.Disputes;

public sealed record DisputeFilter(
    DisputeStatus? Status, IReadOnlyList<DisputeStatus>? StatusIn, Region? Region, IReadOnlyList<Region>? RegionIn, string? PartyId, IReadOnlyList<string>? PartyIdIn, DateRange? FiledAt,
    IReadOnlyList<DisputeFilter>? And, IReadOnlyList<DisputeFilter>? Or)
    : ICombinedFilter<DisputeFilter>;

public sealed class DisputeFilterType : FilterType<DisputeFilter, DisputeFilterType>
{
    public DisputeFilterType()
        : base("DisputeFilter", "Filters of the disputes list.")
    {
        Field<DisputeStatusType>("status").Description("Only disputes in this state.");
        Field<ListGraphType<NonNullGraphType<DisputeStatusType>>>("statusIn").Description("Only disputes in one of these states.");
        Field<RegionType>("region").Description("Only disputes naming this directorate.");
        Field<ListGraphType<NonNullGraphType<RegionType>>>("regionIn").Description("Only disputes naming one of these directorates.");
        Field<IdGraphType>("partyId").Description("Only disputes this organisation filed or answers.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("partyIdIn").Description("Only disputes one of these organisations filed or answers.");
        Field<DateRangeType>("filedAt").Description("Only disputes filed on these days.");
        Combinable();
    }
}
