using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Mutations;
using Partners.Api.GraphQL.Relay;

namespace Partners.Api.Reconversion;

public sealed record ReconversionPlanFilter(
    string? ReconversionUnitId, IReadOnlyList<string>? ReconversionUnitIdIn, string? Search, DateRange? StartsOn, DateRange? EndsOn,
    IReadOnlyList<ReconversionPlanFilter>? And, IReadOnlyList<ReconversionPlanFilter>? Or)
    : ICombinedFilter<ReconversionPlanFilter>;

public sealed class ReconversionPlanFilterType : FilterType<ReconversionPlanFilter, ReconversionPlanFilterType>
{
    public ReconversionPlanFilterType()
        : base("ReconversionPlanFilter", "Filters of the reconversion plans list (plans de reconversion, cellules de reconversion).")
    {
        Field<IdGraphType>("reconversionUnitId").Description("Only plans of this reconversion unit (an Organisation id).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("reconversionUnitIdIn").Description("Only plans of one of these reconversion units (Organisation ids).");
        Field<StringGraphType>("search").Description("Part of the employer's name, case-insensitive.").MaxLength(SearchPattern.MaxLength);
        Field<DateRangeType>("startsOn").Description("Only plans starting on these days.");
        Field<DateRangeType>("endsOn").Description("Only plans ending on these days.");
        Combinable();
    }
}
