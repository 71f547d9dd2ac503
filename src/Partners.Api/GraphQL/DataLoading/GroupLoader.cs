using GraphQL.DataLoader;

namespace Partners.Api.GraphQL.DataLoading;

/// <summary>
/// The one-to-many sibling of <see cref="BatchLoader{TKey, TValue}"/>: the children of every parent a level asks
/// for (a referral's history, an offer's sessions) in one statement.
/// </summary>
public sealed class GroupLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly BatchLoader<TKey, IReadOnlyList<TValue>> inner = new(async (keys, cancellationToken) =>
    {
        var lookup = await fetch(keys, cancellationToken);
        return keys.ToDictionary(k => k, k => (IReadOnlyList<TValue>)[.. lookup[k]]);
    });

    public IDataLoaderResult<IReadOnlyList<TValue>?> Load(TKey key) => inner.Load(key);
}
