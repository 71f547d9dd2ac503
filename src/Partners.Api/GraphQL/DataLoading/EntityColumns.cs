using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Partners.Api.GraphQL.DataLoading;

/// <summary>
/// An entity as the GraphQL layer reads it: the columns its selection needs (<see cref="SelectedMembers"/>), or all
/// its own columns and owned parts, never the child tables it owns (a referral's service events, an offer's sessions
/// and information sessions). EF Core loads owned tables with every row, joined: one such table multiplies the rows,
/// two make a cartesian product, for fields nobody may have selected. Their fields read them through their own
/// loaders instead, one statement per page when selected.
/// </summary>
public static class EntityColumns
{
    private static readonly ConcurrentDictionary<(Type, string), LambdaExpression?> Projections = new();

    /// <summary><paramref name="query"/> read without the owned tables of <typeparamref name="T"/> (unchanged when it has none).</summary>
    public static IQueryable<T> WithoutOwnedTables<T>(this IQueryable<T> query, IModel model) =>
        Of<T>(model) is { } projection ? query.Select(projection) : query;

    /// <summary><c>e =&gt; new T { every mapped property and owned reference = e.… }</c>, or null when <typeparamref name="T"/> owns no table.</summary>
    public static Expression<Func<T, T>>? Of<T>(IModel model) => (Expression<Func<T, T>>?)Projections.GetOrAdd((typeof(T), "*"), _ => Build<T>(model, null));

    /// <summary>
    /// <c>e =&gt; new T { Id = e.Id, Title = e.Title, … }</c>: only <paramref name="members"/> (properties, owned parts,
    /// <c>"Part.Member"</c>, where a member may be the part's owned collection); all columns when <paramref name="members"/> is null or names something that is not a column.
    /// </summary>
    public static Expression<Func<T, T>> Of<T>(IModel model, IReadOnlySet<string>? members) =>
        (members is null ? null : (Expression<Func<T, T>>?)Projections.GetOrAdd((typeof(T), KeyOf(members)), _ => Build<T>(model, members)))
        ?? Of<T>(model) ?? (e => e);

    /// <summary>The members as one string (a loader's name, a projection's cache key); "*" for all.</summary>
    public static string KeyOf(IReadOnlySet<string>? members) => members is null ? "*" : string.Join(',', members.Order(StringComparer.Ordinal));

    private static Expression<Func<T, T>>? Build<T>(IModel model, IReadOnlySet<string>? members)
    {
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity.");
        var e = Expression.Parameter(typeof(T), "e");
        List<MemberBinding> bindings;
        if (members is null)
        {
            var owned = entity.GetNavigations().Where(n => n.TargetEntityType.IsOwned()).ToList();
            if (!owned.Any(OwnsTable))
            {
                return null;
            }

            bindings = [.. entity.GetProperties().Where(p => !p.IsShadowProperty()).Select(p => Bind(p, e))
                .Concat(owned.Where(n => !OwnsTable(n)).Select(n => Bind(n, e)))];
        }
        else if (Bindings(entity, members, e) is { } selected)
        {
            bindings = selected;
        }
        else
        {
            return null;
        }

        return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(ConstructorOf(typeof(T))), bindings), e);
    }

    /// <summary>The bindings of <paramref name="members"/>, or null when one is not a column or an owned part read with its row.</summary>
    private static List<MemberBinding>? Bindings(IEntityType entity, IReadOnlySet<string> members, ParameterExpression e)
    {
        var bindings = new List<MemberBinding>();
        foreach (var group in members.GroupBy(m => m.Split('.', 2)[0], StringComparer.Ordinal))
        {
            if (entity.FindProperty(group.Key) is { } property && !property.IsShadowProperty() && group.All(m => m == group.Key))
            {
                bindings.Add(Bind(property, e));
                continue;
            }

            if (entity.FindNavigation(group.Key) is not { TargetEntityType: var part } navigation || !part.IsOwned() || OwnsTable(navigation))
            {
                return null;
            }

            if (group.Any(m => m == group.Key))
            {
                bindings.Add(Bind(navigation, e));
                continue;
            }

            // Some columns of an owned part: a part holding only those (and the part's own child table when named:
            // a field that reads it was selected).
            var source = Expression.MakeMemberAccess(e, navigation.PropertyInfo ?? (MemberInfo?)navigation.FieldInfo!);
            var inner = new List<MemberBinding>();
            foreach (var name in group.Select(m => m.Split('.', 2)[1]))
            {
                IPropertyBase? member = part.FindProperty(name) is { } column && !column.IsShadowProperty() ? column
                    : part.FindNavigation(name) is { IsCollection: true, TargetEntityType: var child } table && child.IsOwned() ? table
                    : null;
                if (member is null)
                {
                    return null;
                }

                inner.Add(Expression.Bind(MemberOf(member), Expression.PropertyOrField(source, member.Name)));
            }

            bindings.Add(Expression.Bind(MemberOf(navigation), Expression.MemberInit(Expression.New(ConstructorOf(part.ClrType)), inner)));
        }

        return bindings;
    }

    private static MemberAssignment Bind(IPropertyBase member, ParameterExpression e) => Expression.Bind(MemberOf(member), Expression.PropertyOrField(e, member.Name));

    private static ConstructorInfo ConstructorOf(Type type) =>
        type.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes)
        ?? throw new InvalidOperationException($"{type.Name} has no parameterless constructor.");

    /// <summary>An owned collection in a table of its own (a JSON column comes with the row).</summary>
    private static bool OwnsTable(INavigation navigation) => navigation.IsCollection && !navigation.TargetEntityType.IsMappedToJson();

    /// <summary>The property when it can be set (a private setter will do), else its backing field.</summary>
    private static MemberInfo MemberOf(IPropertyBase property) =>
        property.PropertyInfo is { CanWrite: true } writable ? writable
        : (MemberInfo?)property.FieldInfo ?? throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name} cannot be set.");
}
