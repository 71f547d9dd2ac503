using GraphQL.Types;
using Partners.Api.GraphQL.Relay;
using Partners.Domain.Boundaries;

namespace Partners.Api.Boundaries;

public sealed record AccessLogFilter(
    string? OrganisationId, IReadOnlyList<string>? OrganisationIdIn, DataCategory? Category, IReadOnlyList<DataCategory>? CategoryIn, LegalBasis? Basis, IReadOnlyList<LegalBasis>? BasisIn, DateRange? At,
    IReadOnlyList<AccessLogFilter>? And, IReadOnlyList<AccessLogFilter>? Or)
    : ICombinedFilter<AccessLogFilter>;

public sealed class AccessLogFilterType : FilterType<AccessLogFilter, AccessLogFilterType>
{
    public AccessLogFilterType()
        : base("AccessLogFilter", "Filters of a person's access log (journal des accès, GDPR art. 15).")
    {
        Field<IdGraphType>("organisationId").Description("Only reads by this organisation.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("organisationIdIn").Description("Only reads by one of these organisations.");
        Field<DataCategoryType>("category").Description("Only reads of this category.");
        Field<ListGraphType<NonNullGraphType<DataCategoryType>>>("categoryIn").Description("Only reads of one of these categories.");
        Field<LegalBasisType>("basis").Description("Only reads on this legal basis.");
        Field<ListGraphType<NonNullGraphType<LegalBasisType>>>("basisIn").Description("Only reads on one of these legal bases.");
        Field<DateRangeType>("at").Description("Only reads on these days.");
        Combinable();
    }
}
