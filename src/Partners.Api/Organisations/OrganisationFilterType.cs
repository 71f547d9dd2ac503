using Partners.Api.GraphQL.Relay;
using Partners.Api.GraphQL;
using GraphQL.Types;
using Partners.Api.GraphQL.Mutations;
using Partners.Domain.Organisations;

namespace Partners.Api.Organisations;

public sealed record OrganisationFilter(
    OrganisationKind? Kind, IReadOnlyList<OrganisationKind>? KindIn, Region? Region, IReadOnlyList<Region>? RegionIn, string? Search,
    IReadOnlyList<OrganisationFilter>? And, IReadOnlyList<OrganisationFilter>? Or)
    : ICombinedFilter<OrganisationFilter>;

public sealed class OrganisationFilterType : FilterType<OrganisationFilter, OrganisationFilterType>
{
    public OrganisationFilterType()
        : base("OrganisationFilter", "Filters of the organisations list.")
    {
        Field<OrganisationKindType>("kind").Description("Only organisations of this kind.");
        Field<ListGraphType<NonNullGraphType<OrganisationKindType>>>("kindIn").Description("Only organisations of one of these kinds.");
        Field<RegionType>("region").Description("Only organisations of this directorate.");
        Field<ListGraphType<NonNullGraphType<RegionType>>>("regionIn").Description("Only organisations of one of these directorates.");
        Field<StringGraphType>("search").Description("Part of the name, case-insensitive.").MaxLength(SearchPattern.MaxLength);
        Combinable();
    }
}
