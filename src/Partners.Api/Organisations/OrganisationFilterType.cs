using Partners.Api.GraphQL;
using GraphQL.Types;
using Partners.Api.GraphQL.Mutations;
using Partners.Domain.Organisations;

namespace Partners.Api.Organisations;

public sealed record OrganisationFilter(OrganisationKind? Kind, Region? Region, string? Search);

public sealed class OrganisationFilterType : InputObjectGraphType<OrganisationFilter>
{
    public OrganisationFilterType()
    {
        Name = "OrganisationFilter";
        Description = "Filters of the organisations list.";
        Field<OrganisationKindType>("kind").Description("Only organisations of this kind.");
        Field<RegionType>("region").Description("Only organisations of this directorate.");
        Field<StringGraphType>("search").Description("Part of the name, case-insensitive.").MaxLength(SearchPattern.MaxLength);
    }
}
