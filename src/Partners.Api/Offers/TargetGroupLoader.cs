using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL.DataLoading;
using Partners.Data;
using Partners.Domain.Offers;

namespace Partners.Api.Offers;

/// <summary>The target groups of every offer a level of the query asks for, in one statement.</summary>
public static class TargetGroupLoader
{
    public static IDataLoaderResult<IReadOnlyList<TargetGroup>?> LoadTargetGroupsOf(this IResolveFieldContext context, long offerId) =>
        context.GroupLoader<long, TargetGroup>("offer-target-groups", async (services, ids, cancellationToken) =>
            (await services.GetRequiredService<PartnersDbContext>().Offers.AsNoTracking()
                .Where(o => ids.Contains(o.Id))
                .SelectMany(o => o.TargetGroups, (o, g) => new { OfferId = o.Id, Group = g })
                .ToListAsync(cancellationToken))
            .OrderBy(x => x.Group.Code, StringComparer.Ordinal)
            .ToLookup(x => x.OfferId, x => x.Group))
        .Load(offerId);
}
