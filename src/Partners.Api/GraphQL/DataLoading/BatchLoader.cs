using GraphQL.DataLoader;

namespace Partners.Api.GraphQL.DataLoading;

/// <summary>
/// Collects the keys a level of the query asks for and fetches them in one statement when GraphQL.NET's execution
/// strategy first awaits one of them, so a list of 50 costs one statement per related entity, not 50.
/// Keys asked for after a fetch started wait for the next one; a key fetched once is served from memory for the rest
/// of the request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
    where TValue : class
{
    private readonly Dictionary<TKey, TValue?> loaded = [];
    private readonly HashSet<TKey> pending = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        if (!loaded.ContainsKey(key))
        {
            pending.Add(key);
        }

        return new PendingResult(this, key);
    }

    /// <summary>
    /// Gives the loader a value fetched by a wider statement (a page that joined its rows' neighbours), so asking for
    /// <paramref name="key"/> later costs nothing. A value already loaded stays.
    /// </summary>
    public void Prime(TKey key, TValue? value)
    {
        if (loaded.TryAdd(key, value))
        {
            pending.Remove(key);
        }
    }

    private async Task<TValue?> ResultOfAsync(TKey key, CancellationToken cancellationToken)
    {
        if (!loaded.TryGetValue(key, out var value))
        {
            await FetchPendingAsync(cancellationToken);
            value = loaded.GetValueOrDefault(key);
        }

        return value;
    }

    private async Task FetchPendingAsync(CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var keys = pending.ToList();
        pending.Clear();
        var found = await fetch(keys, cancellationToken);
        foreach (var key in keys)
        {
            loaded[key] = found.GetValueOrDefault(key);
        }
    }

    private sealed class PendingResult(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>, IReadyResult
    {
        public bool TryGetReady(out object? value)
        {
            var ready = loader.loaded.TryGetValue(key, out var known);
            value = known;
            return ready;
        }

        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) =>
            loader.ResultOfAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
