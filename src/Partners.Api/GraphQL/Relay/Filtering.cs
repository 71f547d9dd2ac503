using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using LinqKit;
using Partners.Api.GraphQL.Errors;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Relay;

/// <summary>What every list's filter has besides its own fields: whole filters combined by <c>and</c> and <c>or</c>.</summary>
public interface ICombinedFilter<TFilter>
    where TFilter : ICombinedFilter<TFilter>
{
    IReadOnlyList<TFilter>? And { get; }

    IReadOnlyList<TFilter>? Or { get; }
}

/// <summary>A range of days, both ends included; either end may be left open.</summary>
public sealed record DateRange(DateOnly? Gte, DateOnly? Lte)
{
    /// <summary>The instants of the range, for a timestamp column: from the first day's midnight (UTC) to before the day after the last.</summary>
    public (DateTime? From, DateTime? Before) Instants =>
        (Gte?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Lte?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
}

public sealed class DateRangeType : InputObjectGraphType<DateRange>
{
    public DateRangeType()
    {
        Name = "DateRange";
        Description = "A range of days, both ends included; either end may be left open. On a timestamp, a day is counted in UTC.";
        Field<DateScalar>("gte").Description("From this day (greater than or equal).");
        Field<DateScalar>("lte").Description("Up to this day (less than or equal).");
    }
}

/// <summary>
/// The input type of a list's <c>where</c> (the list convention, README "Lists"): a field matches its value, the same
/// field with <c>In</c> (<c>statusIn</c>) matches any of a list, texts match by <c>search</c>, dates by a
/// <see cref="DateRange"/>, all given fields apply together, and <c>and</c>/<c>or</c> combine whole filters. A filter type declares its own fields,
/// then calls <see cref="Combinable"/>.
/// </summary>
public abstract class FilterType<TFilter, TSelf> : InputObjectGraphType<TFilter>
    where TFilter : ICombinedFilter<TFilter>
    where TSelf : FilterType<TFilter, TSelf>
{
    protected FilterType(string name, string description)
    {
        Name = name;
        Description = description + " All given fields apply together; a field ending in `In` matches any of its values; `and` and `or` combine whole filters.";
    }

    protected void Combinable()
    {
        // The analyzer sees the interface's getters; each filter record takes And and Or as constructor parameters.
#pragma warning disable GQL007
        Field<ListGraphType<NonNullGraphType<TSelf>>>("and").Description("Filters that must all hold as well.");
        Field<ListGraphType<NonNullGraphType<TSelf>>>("or").Description("Filters of which at least one must hold as well (an empty list: none).");
#pragma warning restore GQL007
    }
}

/// <summary>
/// The one way a list applies its <c>where</c>: each of the list's fields turns its value into a predicate (or null when
/// not given); the predicates of one filter hold together, <c>and</c> adds whole filters, <c>or</c> requires one of them.
/// The whole is one predicate the database evaluates.
/// </summary>
public sealed class Filtering<T, TFilter>
    where TFilter : class, ICombinedFilter<TFilter>
{
    private readonly List<Func<TFilter, IResolveFieldContext, Expression<Func<T, bool>>?>> fields = [];

    /// <summary>One field of the filter: its predicate when given, null when not.</summary>
    public Filtering<T, TFilter> On(Func<TFilter, IResolveFieldContext, Expression<Func<T, bool>>?> field)
    {
        fields.Add(field);
        return this;
    }

    /// <summary>One field of the filter that needs no request context.</summary>
    public Filtering<T, TFilter> On(Func<TFilter, Expression<Func<T, bool>>?> field) => On((filter, _) => field(filter));

    /// <summary>A field of one value: <paramref name="member"/> equals it.</summary>
    public Filtering<T, TFilter> Is<TValue>(Func<TFilter, TValue?> value, Expression<Func<T, TValue>> member)
        where TValue : struct =>
        AnyOf<TValue>(filter => value(filter) is { } given ? [given] : null, member);

    /// <summary>A field of one value on an optional member: <paramref name="member"/> equals it.</summary>
    public Filtering<T, TFilter> Is<TValue>(Func<TFilter, TValue?> value, Expression<Func<T, TValue?>> member)
        where TValue : struct =>
        AnyOf<TValue>(filter => value(filter) is { } given ? [given] : null, member);

    /// <summary>A field of one text (a code): <paramref name="member"/> equals it.</summary>
    public Filtering<T, TFilter> Is(Func<TFilter, string?> value, Expression<Func<T, string>> member) =>
        AnyOf<string>(filter => value(filter) is { } given ? [given] : null, member);

    /// <summary>A field of one id of <paramref name="typeName"/>: the key is its.</summary>
    public Filtering<T, TFilter> IsId(Func<TFilter, string?> id, string typeName, Expression<Func<T, long>> key) =>
        AnyOfIds(filter => id(filter) is { } given ? [given] : null, typeName, key);

    /// <summary>A list field: the value of <paramref name="member"/> is one of those given.</summary>
    public Filtering<T, TFilter> AnyOf<TValue>(Func<TFilter, IReadOnlyList<TValue>?> values, Expression<Func<T, TValue>> member) =>
        On(filter => values(filter) is { Count: > 0 } given ? t => given.Contains(member.Invoke(t)) : null);

    /// <summary>A list field on an optional value: the value is present and one of those given.</summary>
    public Filtering<T, TFilter> AnyOf<TValue>(Func<TFilter, IReadOnlyList<TValue>?> values, Expression<Func<T, TValue?>> member)
        where TValue : struct =>
        On(filter => values(filter) is { Count: > 0 } given
            ? given.Select(v => (TValue?)v).ToArray() is var any ? t => any.Contains(member.Invoke(t)) : null
            : null);

    /// <summary>A list of ids of <paramref name="typeName"/>: the key is one of theirs; an id that is not one of that type is VALIDATION.</summary>
    public Filtering<T, TFilter> AnyOfIds(Func<TFilter, IReadOnlyList<string>?> ids, string typeName, Expression<Func<T, long>> key) =>
        On((filter, context) =>
        {
            if (ids(filter) is not { Count: > 0 } given)
            {
                return null;
            }

            var keys = KeysOf(given, typeName, context);
            return t => keys.Contains(key.Invoke(t));
        });

    /// <summary>The keys of ids of <paramref name="typeName"/>; an id of another type is VALIDATION.</summary>
    public static long[] KeysOf(IEnumerable<string> ids, string typeName, IResolveFieldContext context) =>
        [.. ids.Select(id => GlobalId.KeyOf(id, typeName) ?? throw PartnersError.Execution(context, ErrorCodes.Validation, "invalid_id"))];

    /// <summary>A range of days on a timestamp (UTC days).</summary>
    public Filtering<T, TFilter> Within(Func<TFilter, DateRange?> range, Expression<Func<T, DateTime>> instant) =>
        On(filter =>
        {
            if (range(filter) is not { } given)
            {
                return null;
            }

            var (from, before) = given.Instants;
            var predicate = PredicateBuilder.New<T>(true);
            if (from is { } start)
            {
                predicate = predicate.And(t => instant.Invoke(t) >= start);
            }

            if (before is { } end)
            {
                predicate = predicate.And(t => instant.Invoke(t) < end);
            }

            return predicate;
        });

    /// <summary>A range of days on a date.</summary>
    public Filtering<T, TFilter> Within(Func<TFilter, DateRange?> range, Expression<Func<T, DateOnly?>> day) =>
        On(filter =>
        {
            if (range(filter) is not { } given)
            {
                return null;
            }

            var predicate = PredicateBuilder.New<T>(true);
            if (given.Gte is { } start)
            {
                predicate = predicate.And(t => day.Invoke(t) >= start);
            }

            if (given.Lte is { } end)
            {
                predicate = predicate.And(t => day.Invoke(t) <= end);
            }

            return predicate;
        });

    /// <summary>The list narrowed by the request's <c>where</c>.</summary>
    public IQueryable<T> Apply(IQueryable<T> query, IResolveFieldContext context) =>
        context.GetArgument<TFilter?>("where") is { } filter ? query.Where(Predicate(filter, context)) : query;

    private Expression<Func<T, bool>> Predicate(TFilter filter, IResolveFieldContext context)
    {
        var all = PredicateBuilder.New<T>(true);
        foreach (var field in fields)
        {
            if (field(filter, context) is { } predicate)
            {
                all = all.And(predicate);
            }
        }

        foreach (var other in filter.And ?? [])
        {
            all = all.And(Predicate(other, context));
        }

        if (filter.Or is { } alternatives)
        {
            var any = PredicateBuilder.New<T>(false);
            foreach (var alternative in alternatives)
            {
                any = any.Or(Predicate(alternative, context));
            }

            all = all.And(any.IsStarted ? any : t => false);
        }

        return ((Expression<Func<T, bool>>)all).Expand();
    }
}
