using GraphQL.DataLoader;

namespace Partners.Api.GraphQL.DataLoading;

public static class DataLoaderResultExtensions
{
    /// <summary>A batched result mapped once it arrives (the current item of a loaded list), still batched with its level.</summary>
    public static IDataLoaderResult<TOut> Map<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) => new Mapped<TIn, TOut>(result, map);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) => map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
