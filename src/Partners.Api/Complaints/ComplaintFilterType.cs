using GraphQL.Types;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.Organisations;
using Partners.Domain.Complaints;
using Partners.Domain.Organisations;

namespace Partners.Api.Complaints;

public sealed record ComplaintFilter(ComplaintStatus? Status, bool? Overdue, string? EngagementCode, Region? Region, string? RespondentId);

public sealed class ComplaintFilterType : InputObjectGraphType<ComplaintFilter>
{
    public ComplaintFilterType()
    {
        Name = "ComplaintFilter";
        Description = "Filters of the complaints list.";
        Field<ComplaintStatusType>("status").Description("Only complaints in this state.");
        Field<BooleanGraphType>("overdue").Description("True: only complaints whose acknowledgement or answer is overdue; false: only the others.");
        Field<StringGraphType>("engagementCode").Description("Only complaints about this engagement (see `engagements`).").MaxLength(40);
        Field<RegionType>("region").Description("Only complaints counted under this directorate.");
        Field<IdGraphType>("respondentId").Description("Only complaints against this organisation.");
    }
}
