using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL.DataLoading;
using Partners.Data;
using Partners.Domain.Complaints;

namespace Partners.Api.Complaints;

/// <summary>Engagements by code, batched per request (a complaint's engagement, the dashboard's counts).</summary>
public static class EngagementLoader
{
    public static IDataLoaderResult<Engagement?> LoadEngagement(this IResolveFieldContext context, string code) =>
        context.BatchLoader<string, Engagement>("engagements", async (services, codes, cancellationToken) =>
            await services.GetRequiredService<PartnersDbContext>().Engagements.AsNoTracking()
                .Where(e => codes.Contains(e.Code))
                .ToDictionaryAsync(e => e.Code, StringComparer.Ordinal, cancellationToken))
        .Load(code);
}
