using GraphQL.Types;
using Partners.Api.Boundaries;
using Partners.Api.GraphQL.Relay;
using Partners.Domain.Boundaries;

namespace Partners.Api.Rectification;

public sealed record DataCorrectionFilter(
    DataCategory? Category, IReadOnlyList<DataCategory>? CategoryIn, DateRange? At, IReadOnlyList<DataCorrectionFilter>? And, IReadOnlyList<DataCorrectionFilter>? Or)
    : ICombinedFilter<DataCorrectionFilter>;

public sealed class DataCorrectionFilterType : FilterType<DataCorrectionFilter, DataCorrectionFilterType>
{
    public DataCorrectionFilterType()
        : base("DataCorrectionFilter", "Filters of a person's corrections history (rectification, RGPD art. 16).")
    {
        Field<DataCategoryType>("category").Description("Only corrections of this category.");
        Field<ListGraphType<NonNullGraphType<DataCategoryType>>>("categoryIn").Description("Only corrections of one of these categories.");
        Field<DateRangeType>("at").Description("Only corrections made on these days.");
        Combinable();
    }
}
