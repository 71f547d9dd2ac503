using GraphQL;
using GraphQL.DataLoader;
using Partners.Api.GraphQL.DataLoading;
using Partners.Domain.Organisations;

namespace Partners.Api.Organisations;

/// <summary>Organisations by id, batched per request: every "operator", "respondent" or "party" field uses it.</summary>
public static class OrganisationLoader
{
    public static IDataLoaderResult<Organisation?> LoadOrganisation(this IResolveFieldContext context, long id) => context.LoadById<Organisation>(id);
}
