using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL;
using Partners.Api.GraphQL.DataLoading;
using Partners.Data;
using Partners.Domain.Organisations;

namespace Partners.Api.Organisations;

/// <summary>Organisations by id, batched per request: every "operator", "respondent" or "party" field uses it.</summary>
public static class OrganisationLoader
{
    public static IDataLoaderResult<Organisation?> LoadOrganisation(this IResolveFieldContext context, long id) =>
        context.BatchLoader<long, Organisation>("organisations", async (services, ids, cancellationToken) =>
            await services.GetRequiredService<PartnersDbContext>().Organisations.AsNoTracking()
                .Where(o => ids.Contains(o.Id))
                .ToDictionaryAsync(o => o.Id, cancellationToken))
        .Load(id);
}
