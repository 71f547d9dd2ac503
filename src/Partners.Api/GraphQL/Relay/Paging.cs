using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Partners.Api.GraphQL.Errors;
using Partners.Domain.Common;

namespace Partners.Api.GraphQL.Relay;

/// <summary>
/// Cursor pagination over an ordered <see cref="IQueryable{T}"/>. The query must end its order with the key, so the
/// order is stable; cursors are opaque positions in that order. One statement for the page (it fetches one row
/// more to know whether another page follows), one for <c>totalCount</c> only when it is selected.
/// </summary>
public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The <c>first</c> and <c>after</c> arguments of a connection field.</summary>
    public static QueryArguments Arguments(params QueryArgument[] more) => new(
        new QueryArgument[]
        {
            new QueryArgument<IntGraphType> { Name = "first", Description = $"How many objects to return (default {DefaultPageSize}, at most {MaxPageSize})." },
            new QueryArgument<StringGraphType> { Name = "after", Description = "Return the objects after this cursor (`pageInfo.endCursor`)." },
        }.Concat(more));

    public static async Task<Connection<T>> ToConnectionAsync<T>(this IQueryable<T> ordered, IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first") ?? DefaultPageSize;
        if (first is < 0 or > MaxPageSize)
        {
            throw PartnersError.Execution(context, ErrorCodes.Validation, "first_out_of_range", MaxPageSize);
        }

        var offset = 0;
        var after = context.GetArgument<string?>("after");
        if (after is not null)
        {
            offset = DecodeCursor(after) ?? throw PartnersError.Execution(context, ErrorCodes.Validation, "invalid_cursor");
            offset++;
        }

        var rows = first == 0 ? [] : await ordered.Skip(offset).Take(first + 1).ToListAsync(context.CancellationToken);
        var edges = rows.Take(first).Select((node, index) => new Edge<T>(EncodeCursor(offset + index), node)).ToList();
        return new Connection<T>
        {
            Edges = edges,
            PageInfo = new PageInfo(rows.Count > first, offset > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor),
            TotalCount = ordered.CountAsync,
        };
    }

    private static string EncodeCursor(int position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"pos:{position}")));

    private static int? DecodeCursor(string cursor)
    {
        if (cursor.Length > 64 || !Base64Url.IsValid(cursor))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        return text.StartsWith("pos:", StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? position
            : null;
    }
}
