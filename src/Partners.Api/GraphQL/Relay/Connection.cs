namespace Partners.Api.GraphQL.Relay;

/// <summary>A page of a Relay connection; <see cref="TotalCount"/> is only counted when asked for.</summary>
public sealed class Connection<T>
{
    public required IReadOnlyList<Edge<T>> Edges { get; init; }

    public required PageInfo PageInfo { get; init; }

    public required Func<CancellationToken, Task<int>> TotalCount { get; init; }
}

/// <summary>An object of a page and its cursor, which is made only when a client reads it (most read <c>nodes</c> only).</summary>
public sealed class Edge<T>(T node, Func<T, string> cursorOf)
{
    private string? cursor;

    public T Node => node;

    public string Cursor => cursor ??= cursorOf(node);
}

/// <summary>Relay's page information; the cursors are the first and last edges' (made when read).</summary>
public sealed class PageInfo(bool hasNextPage, bool hasPreviousPage, Func<string?> startCursor, Func<string?> endCursor)
{
    public bool HasNextPage => hasNextPage;

    public bool HasPreviousPage => hasPreviousPage;

    public string? StartCursor => startCursor();

    public string? EndCursor => endCursor();
}
