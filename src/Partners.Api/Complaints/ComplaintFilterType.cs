using Partners.Api.GraphQL.Relay;
using GraphQL.Types;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Organisations;
using Partners.Domain.Complaints;
using Partners.Domain.Organisations;

namespace Partners.Api.Complaints;

public sealed record ComplaintFilter(
    ComplaintStatus? Status, IReadOnlyList<ComplaintStatus>? StatusIn, bool? Overdue, string? EngagementCode, IReadOnlyList<string>? EngagementCodeIn, Region? Region, IReadOnlyList<Region>? RegionIn,
    string? RespondentId, IReadOnlyList<string>? RespondentIdIn, DateRange? ReceivedOn, IReadOnlyList<ComplaintFilter>? And, IReadOnlyList<ComplaintFilter>? Or)
    : ICombinedFilter<ComplaintFilter>;

public sealed class ComplaintFilterType : FilterType<ComplaintFilter, ComplaintFilterType>
{
    public ComplaintFilterType()
        : base("ComplaintFilter", "Filters of the complaints list.")
    {
        Field<ComplaintStatusType>("status").Description("Only complaints in this state.");
        Field<ListGraphType<NonNullGraphType<ComplaintStatusType>>>("statusIn").Description("Only complaints in one of these states.");
        Field<BooleanGraphType>("overdue").Description("True: only complaints whose acknowledgement or answer is overdue; false: only the others.");
        Field<StringGraphType>("engagementCode").Description("Only complaints about this engagement (see `engagements`).").MaxLength(40);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("engagementCodeIn").Description("Only complaints about one of these engagements (see `engagements`).").MaxLength(40);
        Field<RegionType>("region").Description("Only complaints counted under this directorate.");
        Field<ListGraphType<NonNullGraphType<RegionType>>>("regionIn").Description("Only complaints counted under one of these directorates.");
        Field<IdGraphType>("respondentId").Description("Only complaints against this organisation.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("respondentIdIn").Description("Only complaints against one of these organisations.");
        Field<DateRangeType>("receivedOn").Description("Only complaints received on these days.");
        Combinable();
    }
}
