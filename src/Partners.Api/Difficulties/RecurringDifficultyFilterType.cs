using GraphQL.Types;
using Partners.Api.Organisations;
using Partners.Domain.Difficulties;
using Partners.Domain.Organisations;

namespace Partners.Api.Difficulties;

public sealed record RecurringDifficultyFilter(RecurringDifficultyStatus? Status, Region? Region);

public sealed class RecurringDifficultyFilterType : InputObjectGraphType<RecurringDifficultyFilter>
{
    public RecurringDifficultyFilterType()
    {
        Name = "RecurringDifficultyFilter";
        Description = "Filters of the recurring difficulties feed.";
        Field<RecurringDifficultyStatusType>("status").Description("Only difficulties in this state.");
        Field<RegionType>("region").Description("Only difficulties of this directorate.");
    }
}
