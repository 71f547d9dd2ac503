using Partners.Api.GraphQL.Relay;
using GraphQL.Types;
using Partners.Api.Organisations;
using Partners.Domain.Difficulties;
using Partners.Domain.Organisations;

namespace Partners.Api.Difficulties;

public sealed record RecurringDifficultyFilter(
    RecurringDifficultyStatus? Status, IReadOnlyList<RecurringDifficultyStatus>? StatusIn, Region? Region, IReadOnlyList<Region>? RegionIn, DateRange? ReportedAt,
    IReadOnlyList<RecurringDifficultyFilter>? And, IReadOnlyList<RecurringDifficultyFilter>? Or)
    : ICombinedFilter<RecurringDifficultyFilter>;

public sealed class RecurringDifficultyFilterType : FilterType<RecurringDifficultyFilter, RecurringDifficultyFilterType>
{
    public RecurringDifficultyFilterType()
        : base("RecurringDifficultyFilter", "Filters of the recurring difficulties feed.")
    {
        Field<RecurringDifficultyStatusType>("status").Description("Only difficulties in this state.");
        Field<ListGraphType<NonNullGraphType<RecurringDifficultyStatusType>>>("statusIn").Description("Only difficulties in one of these states.");
        Field<RegionType>("region").Description("Only difficulties of this directorate.");
        Field<ListGraphType<NonNullGraphType<RegionType>>>("regionIn").Description("Only difficulties of one of these directorates.");
        Field<DateRangeType>("reportedAt").Description("Only difficulties reported on these days.");
        Combinable();
    }
}
