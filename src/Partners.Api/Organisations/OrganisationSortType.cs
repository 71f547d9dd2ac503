using GraphQL.Types;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.Relay;
using Partners.Domain.Organisations;

namespace Partners.Api.Organisations;

public enum OrganisationSortField
{
    Name,
}

public sealed class OrganisationSortType() : SortType<OrganisationSortField, OrganisationSortFieldType>("Organisation", "organisations");

public sealed class OrganisationSortFieldType : EnumType<OrganisationSortField>
{
    public OrganisationSortFieldType()
    {
        Name = "OrganisationSortField";
        Description = "What the organisations list may be sorted on.";
        Values["NAME"]!.Description = "The name, alphabetically.";
    }
}

/// <summary>The organisations' sort keys (by name when none is given), the id last for stable cursors.</summary>
public static class OrganisationOrdering
{
    public static readonly Sorting<Organisation, OrganisationSortField> Sorting = new Sorting<Organisation, OrganisationSortField>([new(OrganisationSortField.Name, SortDirection.Asc)], x => x.Id)
        .By(OrganisationSortField.Name, o => o.Name);
}
