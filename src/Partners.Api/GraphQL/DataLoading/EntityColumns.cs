using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Partners.Api.GraphQL.DataLoading;

/// <summary>
/// An entity as the GraphQL layer reads it: its own columns and owned references, without the child tables it owns
/// (a referral's service events, an offer's sessions and information sessions). EF Core loads owned tables with
/// every row, joined: one such table multiplies the rows, two make a cartesian product, for fields nobody may have
/// selected. Their fields read them through their own loaders instead, one statement per page when selected.
/// </summary>
public static class EntityColumns
{
    private static readonly ConcurrentDictionary<Type, LambdaExpression?> Projections = new();

    /// <summary><paramref name="query"/> read without the owned tables of <typeparamref name="T"/> (unchanged when it has none).</summary>
    public static IQueryable<T> WithoutOwnedTables<T>(this IQueryable<T> query, IModel model) =>
        Of<T>(model) is { } projection ? query.Select(projection) : query;

    /// <summary><c>e =&gt; new T { every mapped property and owned reference = e.… }</c>, or null when <typeparamref name="T"/> owns no table.</summary>
    public static Expression<Func<T, T>>? Of<T>(IModel model) => (Expression<Func<T, T>>?)Projections.GetOrAdd(typeof(T), _ => Build<T>(model));

    private static Expression<Func<T, T>>? Build<T>(IModel model)
    {
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity.");
        var owned = entity.GetNavigations().Where(n => n.TargetEntityType.IsOwned()).ToList();
        if (!owned.Any(OwnsTable))
        {
            return null;
        }

        var e = Expression.Parameter(typeof(T), "e");
        var members = entity.GetProperties().Where(p => !p.IsShadowProperty()).Select(p => (MemberOf(p), p.Name))
            .Concat(owned.Where(n => !OwnsTable(n)).Select(n => (MemberOf(n), n.Name)));
        var bindings = members.Select(m => Expression.Bind(m.Item1, Expression.PropertyOrField(e, m.Name)));
        var constructor = typeof(T).GetConstructor(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic, Type.EmptyTypes)
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no parameterless constructor.");
        return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(constructor), bindings), e);
    }

    /// <summary>An owned collection in a table of its own (a JSON column comes with the row).</summary>
    private static bool OwnsTable(INavigation navigation) => navigation.IsCollection && !navigation.TargetEntityType.IsMappedToJson();

    /// <summary>The property when it can be set (a private setter will do), else its backing field.</summary>
    private static System.Reflection.MemberInfo MemberOf(IPropertyBase property) =>
        property.PropertyInfo is { CanWrite: true } writable ? writable
        : (System.Reflection.MemberInfo?)property.FieldInfo ?? throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name} cannot be set.");
}
