using System.Buffers.Text;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Partners.Api.GraphQL.Relay;

/// <summary>
/// The order of a list read from its query (<c>OrderBy…ThenBy…</c>, ending with the key) and turned into keyset
/// cursors: a cursor holds the sort values of its row, and "after"/"before" a cursor is a condition on those
/// values, so a page never shifts when rows are added or removed before it, and the database seeks instead of
/// skipping. A cursor made under another order is refused. Nulls sort first ascending, as in SQLite and SQL Server.
/// </summary>
internal sealed class Keyset<T>
{
    private readonly IReadOnlyList<Key> keys;
    private readonly ParameterExpression row = Expression.Parameter(typeof(T), "row");

    private string? signature;

    private Keyset(IQueryable<T> source, IReadOnlyList<Key> keys)
    {
        Source = source;
        this.keys = keys;
    }

    /// <summary>The query without its order.</summary>
    public IQueryable<T> Source { get; }

    /// <summary>The order's fingerprint in its cursors; made when a cursor is made or read (most pages need none).</summary>
    private string Signature => signature ??= Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
        typeof(T).FullName + string.Join(';', keys.Select(k => $"{k.Selector}:{k.Descending}")))))[..8];

    public static Keyset<T> Of(IQueryable<T> ordered)
    {
        var keys = new List<Key>();
        var expression = ordered.Expression;
        while (expression is MethodCallExpression call && call.Method.DeclaringType == typeof(Queryable)
            && call.Method.Name is nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending) or nameof(Queryable.ThenBy) or nameof(Queryable.ThenByDescending))
        {
            var selector = (LambdaExpression)(call.Arguments[1] is UnaryExpression { NodeType: ExpressionType.Quote } quote ? quote.Operand : call.Arguments[1]);
            keys.Insert(0, new Key(selector, call.Method.Name.EndsWith("Descending", StringComparison.Ordinal)));
            expression = call.Arguments[0];
            if (call.Method.Name.StartsWith("OrderBy", StringComparison.Ordinal))
            {
                break;
            }
        }

        if (keys.Count == 0)
        {
            throw new InvalidOperationException("A connection needs an ordered query (OrderBy…ThenBy the key).");
        }

        return new Keyset<T>(ordered.Provider.CreateQuery<T>(expression), keys);
    }

    /// <summary>
    /// The members the order of <paramref name="page"/> (an order, then <c>Take</c>) reads, which its rows need for
    /// their cursors; null when a key is not a member of the row.
    /// </summary>
    public static IReadOnlySet<string>? MembersOf(IQueryable<T> page)
    {
        var expression = page.Expression is MethodCallExpression { Method.Name: nameof(Queryable.Take) } take ? take.Arguments[0] : page.Expression;
        var keys = Of(page.Provider.CreateQuery<T>(expression)).keys;
        return keys.All(k => k.Selector.Body is MemberExpression member && member.Expression == k.Selector.Parameters[0])
            ? keys.Select(k => ((MemberExpression)k.Selector.Body).Member.Name).ToHashSet(StringComparer.Ordinal)
            : null;
    }

    /// <summary>The order again, or reversed (to read a page backwards).</summary>
    public IQueryable<T> Order(IQueryable<T> query, bool reverse) =>
        OrderExpressions.Apply(query, keys.Select(k => (k.Selector, k.Descending != reverse)));

    /// <summary>Rows strictly after (or before) the row the cursor was made from, in this order.</summary>
    public Expression<Func<T, bool>> Beyond(object?[] values, bool before)
    {
        Expression? any = null;
        Expression equalSoFar = Expression.Constant(true);
        for (var i = 0; i < keys.Count; i++)
        {
            var key = Body(keys[i]);
            var value = Parameter(values[i], keys[i].Type);
            var later = keys[i].Descending == before ? Greater(key, value, values[i] is null) : Less(key, value, values[i] is null, keys[i].Type);
            var term = Expression.AndAlso(equalSoFar, later);
            any = any is null ? term : Expression.OrElse(any, term);
            equalSoFar = Expression.AndAlso(equalSoFar, values[i] is null ? Expression.Equal(key, Expression.Constant(null, keys[i].Type)) : Expression.Equal(key, value));
        }

        return Expression.Lambda<Func<T, bool>>(any!, row);
    }

    public string Cursor(T node)
    {
        var values = new JsonArray([.. keys.Select(k => JsonSerializer.SerializeToNode(k.Value(node), k.Type))]);
        var json = new JsonObject { ["o"] = Signature, ["k"] = values }.ToJsonString();
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>The sort values of a cursor of this order; null when it is not one.</summary>
    public object?[]? Decode(string cursor)
    {
        if (cursor.Length > 2048 || !Base64Url.IsValid(cursor))
        {
            return null;
        }

        try
        {
            var json = JsonNode.Parse(Base64Url.DecodeFromChars(cursor)) as JsonObject;
            if (json?["o"]?.GetValue<string>() != Signature || json["k"] is not JsonArray values || values.Count != keys.Count)
            {
                return null;
            }

            return [.. keys.Select((k, i) => values[i] is null ? null : values[i].Deserialize(k.Type))];
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return null;
        }
    }

    private Expression Body(Key key) => new Rebind(key.Selector.Parameters[0], row).Visit(key.Selector.Body);

    /// <summary>A parameter, not a constant: one compiled query for every cursor.</summary>
    private static MemberExpression Parameter(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(StrongBox<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(box), nameof(StrongBox<object>.Value));
    }

    // Nulls are the smallest values.
    private static BinaryExpression Greater(Expression key, Expression value, bool valueIsNull) =>
        valueIsNull ? Expression.NotEqual(key, Expression.Constant(null, key.Type)) : Compare(key, value, ExpressionType.GreaterThan);

    private static Expression Less(Expression key, Expression value, bool valueIsNull, Type type)
    {
        if (valueIsNull)
        {
            return Expression.Constant(false);
        }

        var less = Compare(key, value, ExpressionType.LessThan);
        return type.IsValueType && Nullable.GetUnderlyingType(type) is null
            ? less
            : Expression.OrElse(Expression.Equal(key, Expression.Constant(null, type)), less);
    }

    private static BinaryExpression Compare(Expression key, Expression value, ExpressionType comparison)
    {
        if (key.Type == typeof(string))
        {
            key = Expression.Call(StringCompare, key, value);
            value = Expression.Constant(0);
        }

        return Expression.MakeBinary(comparison, key, value);
    }

    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private sealed class Key(LambdaExpression selector, bool descending)
    {
        private Delegate? compiled;

        public LambdaExpression Selector => selector;

        public bool Descending => descending;

        public Type Type => selector.ReturnType;

        public object? Value(T node) => (compiled ??= selector.Compile(preferInterpretation: true)).DynamicInvoke(node);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
