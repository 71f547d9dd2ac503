using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;

namespace Partners.Api.GraphQL.Relay;

public enum SortDirection
{
    Asc,
    Desc,
}

/// <summary>One key of a list's <c>order</c> argument.</summary>
public sealed record Sort<TField>(TField Field, SortDirection Direction = SortDirection.Asc)
    where TField : struct, Enum;

/// <summary>
/// <c>XSort { field: XSortField!, direction: SortDirection! = ASC }</c>, the input of a list's <c>order</c>; a list
/// declares it in one line: <c>public sealed class ReferralSortType() : SortType&lt;ReferralSortField, ReferralSortFieldType&gt;("Referral", "referrals");</c>.
/// </summary>
public abstract class SortType<TField, TFieldType> : InputObjectGraphType<Sort<TField>>
    where TField : struct, Enum
    where TFieldType : EnumType<TField>
{
    protected SortType(string typeName, string list)
    {
        Name = typeName + "Sort";
        Description = $"One key of the {list}' order; the list always ends its order with the id, so paging is stable.";
        Field<NonNullGraphType<TFieldType>>("field").Description("What to sort on.");
        Field<NonNullGraphType<SortDirectionType>>("direction").Description("Ascending (default) or descending.")
            .DefaultValue(SortDirection.Asc);
    }
}

public sealed class SortDirectionType : EnumType<SortDirection>
{
    public SortDirectionType()
    {
        Name = "SortDirection";
        Description = "The direction of a sort key.";
        Values["ASC"]!.Description = "Ascending: smallest, earliest or A first.";
        Values["DESC"]!.Description = "Descending: largest, latest or Z first.";
    }
}

/// <summary>
/// The one way a list is sorted: the keys of its <c>order</c> argument (or its default order), each mapped to an
/// expression of the entity, then the id, so the order is total and keyset cursors (<see cref="Keyset{T}"/>) work.
/// </summary>
public sealed class Sorting<T, TField>
    where TField : struct, Enum
{
    private readonly Dictionary<TField, LambdaExpression> keys = [];
    private readonly IReadOnlyList<Sort<TField>> defaultOrder;
    private readonly Expression<Func<T, long>> id;
    private readonly bool idDescending;

    /// <param name="defaultOrder">The order when the request gives none.</param>
    /// <param name="id">The key, last in every order.</param>
    /// <param name="idDescending">The key's direction (newest-first lists keep ties newest first).</param>
    public Sorting(IReadOnlyList<Sort<TField>> defaultOrder, Expression<Func<T, long>> id, bool idDescending = false)
    {
        this.defaultOrder = defaultOrder;
        this.id = id;
        this.idDescending = idDescending;
    }

    public Sorting<T, TField> By<TKey>(TField field, Expression<Func<T, TKey>> key)
    {
        keys[field] = key;
        return this;
    }

    public IQueryable<T> Apply(IQueryable<T> query, IResolveFieldContext context)
    {
        var order = context.GetArgument<List<Sort<TField>>?>("order") is { Count: > 0 } given ? given : defaultOrder;
        return OrderExpressions.Apply(query, order.Select(s => (keys[s.Field], s.Direction == SortDirection.Desc)).Append((id, idDescending)));
    }
}

public static class Ordering
{
    /// <summary>The <c>order</c> argument of a list's field.</summary>
    public static QueryArgument Argument<TSortType>(string whenOmitted)
        where TSortType : IInputObjectGraphType =>
        new QueryArgument<ListGraphType<NonNullGraphType<TSortType>>> { Name = "order", Description = $"Sort keys, first one first; {whenOmitted} when omitted." };
}

internal static class OrderExpressions
{
    /// <summary><c>OrderBy…ThenBy…</c> over <paramref name="query"/>, one call per key.</summary>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, IEnumerable<(LambdaExpression Selector, bool Descending)> keys)
    {
        var expression = query.Expression;
        var first = true;
        foreach (var (selector, descending) in keys)
        {
            var method = (first, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            expression = Expression.Call(typeof(Queryable), method, [typeof(T), selector.ReturnType], expression, Expression.Quote(selector));
            first = false;
        }

        return query.Provider.CreateQuery<T>(expression);
    }
}
