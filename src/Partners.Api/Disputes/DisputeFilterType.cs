using GraphQL.Types;
using Partners.Api.Organisations;
using Partners.Domain.Disputes;
using Partners.Domain.Organisations;

namespace Partners.Api.Disputes;

public sealed record DisputeFilter(DisputeStatus? Status, Region? Region, string? PartyId);

public sealed class DisputeFilterType : InputObjectGraphType<DisputeFilter>
{
    public DisputeFilterType()
    {
        Name = "DisputeFilter";
        Description = "Filters of the disputes list.";
        Field<DisputeStatusType>("status").Description("Only disputes in this state.");
        Field<RegionType>("region").Description("Only disputes naming this directorate.");
        Field<IdGraphType>("partyId").Description("Only disputes this organisation filed or answers.");
    }
}
