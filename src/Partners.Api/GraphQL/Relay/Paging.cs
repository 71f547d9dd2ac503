using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL.DataLoading;
using Partners.Api.GraphQL.Errors;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Relay;

/// <summary>
/// Relay pagination over an ordered <see cref="IQueryable{T}"/> (its order ends with the key, so it is total):
/// <c>first</c>/<c>after</c> forwards, <c>last</c>/<c>before</c> backwards, with keyset cursors
/// (<see cref="Keyset{T}"/>). One statement for the page (one row more to know whether another page follows), one
/// for <c>totalCount</c> only when it is selected. A nested list (a referral's history, a person's consents) pages
/// the same way over the children its loader read for the whole level (<see cref="Paged{T}(IDataLoaderResult{IReadOnlyList{T}?}, IResolveFieldContext, Func{IQueryable{T}, IOrderedQueryable{T}})"/>).
/// </summary>
public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c> arguments of a connection field.</summary>
    public static QueryArguments Arguments(params QueryArgument[] more) => new(
        new QueryArgument[]
        {
            new QueryArgument<IntGraphType> { Name = "first", Description = $"How many objects to return from the start (default {DefaultPageSize}, at most {MaxPageSize})." },
            new QueryArgument<StringGraphType> { Name = "after", Description = "Return the objects after this cursor (`pageInfo.endCursor`)." },
            new QueryArgument<IntGraphType> { Name = "last", Description = $"How many objects to return from the end (at most {MaxPageSize}); not with `first`." },
            new QueryArgument<StringGraphType> { Name = "before", Description = "Return the objects before this cursor (`pageInfo.startCursor`)." },
        }.Concat(more));

    /// <param name="fetch">
    /// Reads the page (ordered, one row more than asked): by default its rows as they are; a list may read them
    /// without their owned tables, or with the neighbours its nodes select (see <c>ReferralPage</c>), in one statement.
    /// </param>
    public static async Task<Connection<T>> ToConnectionAsync<T>(
        this IQueryable<T> ordered, IResolveFieldContext context, Func<IQueryable<T>, CancellationToken, Task<List<T>>>? fetch = null)
    {
        var page = PageOf(ordered, context);
        var rows = page.Size == 0 ? [] : await (fetch ?? ((q, ct) => q.ToListAsync(ct)))(page.Query, context.CancellationToken);
        return page.Cut(rows, ordered.CountAsync);
    }

    /// <summary>
    /// A nested list as a connection: <paramref name="children"/> are the parent's children a loader read for every
    /// parent of the level in one statement (what the caller may see, nothing more), and the page is cut from them in
    /// memory, by the same keyset cursors and arguments as a top-level list; <c>totalCount</c> costs nothing.
    /// </summary>
    /// <param name="order">The list's order, ending with its key (<c>q =&gt; q.OrderBy(e =&gt; e.At).ThenBy(e =&gt; e.Id)</c>).</param>
    public static IDataLoaderResult<Connection<T>> Paged<T>(
        this IDataLoaderResult<IReadOnlyList<T>?> children, IResolveFieldContext context, Func<IQueryable<T>, IOrderedQueryable<T>> order)
    {
        CheckArguments(context);
        return children.Map(loaded => (loaded ?? []).Paged(context, order));
    }

    /// <summary>A list the parent already holds (read with it) as a connection; see the loader-fed overload.</summary>
    public static Connection<T> Paged<T>(this IEnumerable<T> children, IResolveFieldContext context, Func<IQueryable<T>, IOrderedQueryable<T>> order)
    {
        var ordered = order(children.AsQueryable());
        var page = PageOf(ordered, context);
        var rows = page.Size == 0 ? [] : page.Query.ToList();
        return page.Cut(rows, _ => Task.FromResult(ordered.Count()));
    }

    private static (int? First, int? Last) CheckArguments(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is not null && last is not null)
        {
            throw PartnersError.Execution(context, ErrorCodes.Validation, "first_and_last");
        }

        if (first is < 0 or > MaxPageSize || last is < 0 or > MaxPageSize)
        {
            throw PartnersError.Execution(context, ErrorCodes.Validation, "first_out_of_range", MaxPageSize);
        }

        return (first, last);
    }

    /// <summary>The page a connection's arguments ask for: the query of its rows (one more than asked), not yet run.</summary>
    private static PageQuery<T> PageOf<T>(IQueryable<T> ordered, IResolveFieldContext context)
    {
        var (first, last) = CheckArguments(context);
        var keyset = Keyset<T>.Of(ordered);
        var query = keyset.Source;
        var after = context.GetArgument<string?>("after");
        var before = context.GetArgument<string?>("before");
        foreach (var (cursor, isBefore) in new[] { (after, false), (before, true) })
        {
            if (cursor is not null)
            {
                var values = keyset.Decode(cursor) ?? throw PartnersError.Execution(context, ErrorCodes.Validation, "invalid_cursor");
                query = query.Where(keyset.Beyond(values, isBefore));
            }
        }

        var backward = last is not null || (before is not null && first is null);
        var size = (backward ? last : first) ?? DefaultPageSize;
        return new PageQuery<T>(keyset, keyset.Order(query, reverse: backward).Take(size + 1), size, backward, after is not null, before is not null);
    }

    private sealed record PageQuery<T>(Keyset<T> Keyset, IQueryable<T> Query, int Size, bool Backward, bool HasAfter, bool HasBefore)
    {
        /// <summary>The connection of the rows read (in the page's order, one more than asked when another page follows).</summary>
        public Connection<T> Cut(List<T> rows, Func<CancellationToken, Task<int>> totalCount)
        {
            var page = rows.Take(Size).ToList();
            if (Backward)
            {
                page.Reverse();
            }

            var edges = page.Select(node => new Edge<T>(node, Keyset.Cursor)).ToList();
            var more = rows.Count > Size;
            return new Connection<T>
            {
                Edges = edges,
                PageInfo = new PageInfo(
                    hasNextPage: Backward ? HasBefore : more,
                    hasPreviousPage: Backward ? more : HasAfter,
                    () => edges.FirstOrDefault()?.Cursor, () => edges.LastOrDefault()?.Cursor),
                TotalCount = totalCount,
            };
        }
    }
}
