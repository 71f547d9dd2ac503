using GraphQL.DataLoader;

namespace Partners.Api.GraphQL.DataLoading;

/// <summary>
/// A batched result whose value may be known already (a key a page primed, or fetched by an earlier batch): the
/// execution strategy (<see cref="Execution.QueryExecutionStrategy"/>) then completes its field at once instead of
/// deferring it to the end of its level, which only waits for keys still to fetch.
/// </summary>
public interface IReadyResult
{
    /// <summary>
    /// True, with the value, when it needs no wait; false when it waits for a fetch. A value decided from known facts
    /// may be a refusal: then this throws it as the deferred completion would.
    /// </summary>
    bool TryGetReady(out object? value);
}

public static class ReadyResults
{
    /// <summary>The value of <paramref name="result"/> when it needs no wait.</summary>
    public static bool TryGetReady<T>(IDataLoaderResult<T> result, out T value)
    {
        if (result is IReadyResult ready && ready.TryGetReady(out var known))
        {
            value = (T)known!;
            return true;
        }

        value = default!;
        return false;
    }
}
