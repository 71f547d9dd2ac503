using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Partners.Data;

namespace Partners.Api.GraphQL.DataLoading;

/// <summary>
/// Any entity by its <c>long Id</c>, batched per request: the one loader behind every "to-one" field (a referral's
/// offer, an offer's operator…). Untracked, and without the tables the entity owns (<see cref="EntityColumns"/>): what
/// a field reads is never saved by accident, and a child list is read by its own field's loader.
/// </summary>
public static class EntityLoader
{
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, long id)
        where T : class => ById<T>(context).Load(id);

    /// <summary>Hands the loader an entity a wider statement already read (same columns), so its field costs nothing.</summary>
    public static void PrimeById<T>(this IResolveFieldContext context, long id, T entity)
        where T : class => ById<T>(context).Prime(id, entity);

    private static BatchLoader<long, T> ById<T>(IResolveFieldContext context)
        where T : class =>
        context.BatchLoader<long, T>("by-id:" + typeof(T).FullName, async (services, ids, cancellationToken) =>
        {
            var db = services.GetRequiredService<PartnersDbContext>();
            var rows = await db.Set<T>().AsNoTracking()
                .Where(e => ids.Contains(EF.Property<long>(e, "Id")))
                .WithoutOwnedTables(db.Model)
                .ToListAsync(cancellationToken);
            return rows.ToDictionary(KeyOf<T>.Get);
        });

    private static class KeyOf<T>
    {
        public static readonly Func<T, long> Get = (typeof(T).GetProperty("Id")?.GetGetMethod() ?? throw new InvalidOperationException($"{typeof(T).Name} has no Id."))
            .CreateDelegate<Func<T, long>>();
    }
}
