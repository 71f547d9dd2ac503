using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL.Errors;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Relay;

/// <summary>
/// Relay pagination over an ordered <see cref="IQueryable{T}"/> (its order ends with the key, so it is total):
/// <c>first</c>/<c>after</c> forwards, <c>last</c>/<c>before</c> backwards, with keyset cursors
/// (<see cref="Keyset{T}"/>). One statement for the page (one row more to know whether another page follows), one
/// for <c>totalCount</c> only when it is selected.
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
        var pageQuery = keyset.Order(query, reverse: backward).Take(size + 1);
        var rows = size == 0 ? [] : await (fetch ?? ((q, ct) => q.ToListAsync(ct)))(pageQuery, context.CancellationToken);
        var page = rows.Take(size).ToList();
        if (backward)
        {
            page.Reverse();
        }

        var edges = page.Select(node => new Edge<T>(keyset.Cursor(node), node)).ToList();
        var more = rows.Count > size;
        return new Connection<T>
        {
            Edges = edges,
            PageInfo = new PageInfo(
                HasNextPage: backward ? before is not null : more,
                HasPreviousPage: backward ? more : after is not null,
                edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor),
            TotalCount = ordered.CountAsync,
        };
    }
}
