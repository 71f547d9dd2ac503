using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Partners.Data;

namespace Partners.Api.GraphQL.DataLoading;

/// <summary>
/// Any entity by its <c>long Id</c>, batched per request: the one loader behind every "to-one" field (a referral's
/// offer, an offer's operator…). It reads the columns the field's selection needs (<see cref="SelectedMembers"/>; all
/// of them when the field is not of the entity's node type), untracked, never the tables the entity owns
/// (<see cref="EntityColumns"/>): what a field reads is never saved by accident, and a child list is read by its own
/// field's loader. Entities read with other columns are other loaders, so a field never gets an entity short of one.
/// </summary>
public static class EntityLoader
{
    /// <param name="alsoReads">Members the resolver itself reads besides what the selection needs (e.g. a visibility check).</param>
    public static IDataLoaderResult<T?> LoadById<T>(this IResolveFieldContext context, long id, params string[] alsoReads)
        where T : class
    {
        var members = SelectedMembers.Of<T>(context);
        if (members is not null && alsoReads.Length > 0)
        {
            members = new SortedSet<string>(members.Concat(alsoReads), StringComparer.Ordinal);
        }

        return ById<T>(context, members).Load(id);
    }

    /// <summary>Hands the loader of <paramref name="members"/> an entity a wider statement already read with them, so its field costs nothing.</summary>
    public static void PrimeById<T>(this IResolveFieldContext context, long id, T entity, IReadOnlySet<string>? members)
        where T : class => ById<T>(context, members).Prime(id, entity);

    private static BatchLoader<long, T> ById<T>(IResolveFieldContext context, IReadOnlySet<string>? members)
        where T : class =>
        context.BatchLoader<long, T>($"by-id:{typeof(T).FullName}:{EntityColumns.KeyOf(members)}", async (services, ids, cancellationToken) =>
        {
            var db = services.GetRequiredService<PartnersDbContext>();
            var rows = await db.Set<T>().AsNoTracking()
                .Where(e => ids.Contains(EF.Property<long>(e, "Id")))
                .Select(EntityColumns.Of<T>(db.Model, members))
                .ToListAsync(cancellationToken);
            return rows.ToDictionary(KeyOf<T>.Get);
        });

    private static class KeyOf<T>
    {
        public static readonly Func<T, long> Get = (typeof(T).GetProperty("Id")?.GetGetMethod() ?? throw new InvalidOperationException($"{typeof(T).Name} has no Id."))
            .CreateDelegate<Func<T, long>>();
    }
}
