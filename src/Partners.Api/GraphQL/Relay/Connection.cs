namespace Partners.Api.GraphQL.Relay;

/// <summary>A page of a Relay connection; <see cref="TotalCount"/> is only counted when asked for.</summary>
public sealed class Connection<T>
{
    public required IReadOnlyList<Edge<T>> Edges { get; init; }

    public required PageInfo PageInfo { get; init; }

    public required Func<CancellationToken, Task<int>> TotalCount { get; init; }
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
