using GraphQL.DataLoader;

namespace Partners.Api.GraphQL.DataLoading;

public static class DataLoaderResultExtensions
{
    /// <summary>A batched result mapped once it arrives (the current item of a loaded list), still batched with its level.</summary>
    public static IDataLoaderResult<TOut> Map<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) => new Mapped<TIn, TOut>(result, map);

    /// <summary>A value already at hand, as a batched result.</summary>
    public static IDataLoaderResult<T> Loaded<T>(T value) => new Known<T>(value);

    private sealed class Known<T>(T value) : IDataLoaderResult<T>, IReadyResult
    {
        public bool TryGetReady(out object? known)
        {
            known = value;
            return true;
        }

        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>, IReadyResult
    {
        public bool TryGetReady(out object? value)
        {
            var ready = ReadyResults.TryGetReady(inner, out var known);
            value = ready ? map(known) : null;
            return ready;
        }

        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) => map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
