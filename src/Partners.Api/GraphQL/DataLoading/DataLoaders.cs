using GraphQL;

namespace Partners.Api.GraphQL.DataLoading;

/// <summary>
/// The request's data loaders, by name. Scoped to the request, so nothing fetched for one caller serves another.
/// </summary>
public sealed class DataLoaders
{
    private readonly Dictionary<string, object> loaders = new(StringComparer.Ordinal);

    public T GetOrAdd<T>(string name, Func<T> create)
        where T : class
    {
        if (!loaders.TryGetValue(name, out var loader))
        {
            loader = create();
            loaders[name] = loader;
        }

        return (T)loader;
    }

    /// <summary>
    /// Forgets everything loaded. A subscription's events share one DI scope, so each event starts afresh: what it
    /// shows, and the consents and referrals that decide what it may show, are read again at its delivery.
    /// </summary>
    public void Clear() => loaders.Clear();
}

public static class DataLoaderContextExtensions
{
    /// <summary>A request-wide batch loader; <paramref name="fetch"/> gets the request's services and the keys.</summary>
    public static BatchLoader<TKey, TValue> BatchLoader<TKey, TValue>(
        this IResolveFieldContext context,
        string name,
        Func<IServiceProvider, IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull
        where TValue : class
    {
        var services = context.RequestServices ?? throw new InvalidOperationException("No request services.");
        return context.Service<DataLoaders>().GetOrAdd(name, () => new BatchLoader<TKey, TValue>((keys, ct) => fetch(services, keys, ct)));
    }

    /// <summary>A request-wide one-to-many loader.</summary>
    public static GroupLoader<TKey, TValue> GroupLoader<TKey, TValue>(
        this IResolveFieldContext context,
        string name,
        Func<IServiceProvider, IReadOnlyCollection<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        var services = context.RequestServices ?? throw new InvalidOperationException("No request services.");
        return context.Service<DataLoaders>().GetOrAdd(name, () => new GroupLoader<TKey, TValue>((keys, ct) => fetch(services, keys, ct)));
    }
}
