using System.Reflection;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Partners.Data;

namespace Partners.Api.GraphQL.DataLoading;

/// <summary>
/// Any entity by its <c>long Id</c>, batched per request: the one loader behind every "to-one" field (a referral's
/// offer, an offer's operator…). Untracked: what a field reads is never saved by accident.
/// </summary>
public static class EntityLoader
{
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, long id)
        where T : class =>
        context.BatchLoader<long, T>("by-id:" + typeof(T).FullName, async (services, ids, cancellationToken) =>
        {
            var rows = await services.GetRequiredService<PartnersDbContext>().Set<T>().AsNoTracking()
                .Where(e => ids.Contains(EF.Property<long>(e, "Id")))
                .ToListAsync(cancellationToken);
            return rows.ToDictionary(KeyOf<T>.Get);
        }).Load(id);

    private static class KeyOf<T>
    {
        private static readonly PropertyInfo Id = typeof(T).GetProperty("Id") ?? throw new InvalidOperationException($"{typeof(T).Name} has no Id.");

        public static long Get(T entity) => (long)Id.GetValue(entity)!;
    }
}
